package no.hverdag.activities;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import no.hverdag.accounts.AccessControl;
import no.hverdag.activities.internal.ListingReportDocument;
import no.hverdag.activities.internal.ListingReportStore;
import no.hverdag.audit.AuditAction;
import no.hverdag.audit.AuditLog;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.Actor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * "Report this listing": anyone, signed in or not, says what is wrong with a published
 * listing (a category and an optional note); the coordinator of its municipality sees the
 * open reports and dismisses one or unpublishes the listing. The per-address limit is the
 * rate limiter's ({@code hverdag.rate-limits.reports}).
 */
@Service
public class ListingReports {

	/** What can be wrong with a listing. */
	public enum Category {

		WRONG_INFORMATION, DOES_NOT_HAPPEN, INAPPROPRIATE, DISCRIMINATION, SPAM, OTHER

	}

	public static final int MAX_NOTE = 1000;

	private final ListingReportStore store;

	private final ActivityCatalogue catalogue;

	private final AccessControl accessControl;

	private final AuditLog audit;

	private final Clock clock;

	ListingReports(ListingReportStore store, ActivityCatalogue catalogue, AccessControl accessControl, AuditLog audit,
			Clock clock) {
		this.store = store;
		this.catalogue = catalogue;
		this.accessControl = accessControl;
		this.audit = audit;
		this.clock = clock;
	}

	/** One open report, as the coordinator sees it. */
	public record Report(String id, String activityId, String activityTitle, String organisationName,
			String municipality, Category category, String note, java.time.Instant reportedAt) {

		static Report of(ListingReportDocument d) {
			return new Report(d.id(), d.activityId(), d.activityTitle(), d.organisationName(), d.municipality(),
					Category.valueOf(d.category()), d.note(), d.reportedAt());
		}

	}

	public Mono<Report> report(String activityId, String category, String note) {
		Category chosen = category == null ? null
				: List.of(Category.values()).stream().filter(c -> c.name().equals(category)).findFirst().orElse(null);
		String cleaned = note == null || note.isBlank() ? null : note.strip();
		if (chosen == null) {
			return Mono.error(new HverdagException.InvalidInput("category", "validation.report.category"));
		}
		if (cleaned != null && cleaned.length() > MAX_NOTE) {
			return Mono.error(new HverdagException.InvalidInput("note", "validation.report.note"));
		}
		return this.catalogue.find(activityId)
			.flatMap(activity -> this.store.insert(new ListingReportDocument(UUID.randomUUID().toString(),
					activity.id(), activity.title(), activity.organisationName(), activity.place().municipality(),
					chosen.name(), cleaned, this.clock.instant(), "OPEN", null)))
			.map(Report::of);
	}

	/** Open reports in the municipalities the coordinator serves (all for an admin). */
	public Flux<Report> openFor(Actor coordinator) {
		return this.accessControl.rolesOf(coordinator)
			.flatMapMany(roles -> this.store.openIn(roles.coordinatedMunicipalities(), roles.platformAdmin()))
			.map(Report::of);
	}

	public Mono<Report> dismiss(Actor coordinator, String reportId) {
		return this.store.find(reportId)
			.switchIfEmpty(Mono.error(() -> new HverdagException.NotFound("report", reportId)))
			.zipWith(this.accessControl.rolesOf(coordinator))
			.flatMap(found -> {
				if (!found.getT2().coordinates(found.getT1().municipality())) {
					return Mono.error(new HverdagException.Forbidden("error.forbidden.municipality"));
				}
				return this.store.close(reportId, "DISMISSED", this.clock.instant())
					.switchIfEmpty(Mono.error(() -> new HverdagException.Conflict("error.report.closed")))
					.flatMap(closed -> this.audit
						.record(coordinator, AuditAction.LISTING_REPORT_DISMISSED, closed.municipality(),
								closed.activityTitle() + " – " + closed.organisationName(), closed.category())
						.thenReturn(Report.of(closed)));
			});
	}

}
