package no.hverdag.activities;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import no.hverdag.accounts.AccessControl;
import no.hverdag.accounts.Roles;
import no.hverdag.activities.internal.ActivitySearch;
import no.hverdag.activities.internal.ActivityStore;
import no.hverdag.activities.internal.ListingNotices;
import no.hverdag.activities.internal.ListingReportStore;
import no.hverdag.audit.AuditAction;
import no.hverdag.audit.AuditLog;
import no.hverdag.municipalities.MunicipalityDirectory;
import no.hverdag.organisations.Organisation;
import no.hverdag.organisations.Organisations;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.Actor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * A listing after it was posted: the organisation edits it (its sign-ups stay: they hang
 * on the listing's id and dates), withdraws it or cancels one date; the coordinator of
 * its municipality unpublishes it with a reason the organisation is told, the
 * organisation fixes it and resubmits, and the coordinator publishes it again, at once or
 * at a set time. Every step is one conditional update of the listing's one document (ADR
 * 0002) and is audited with names; the search index follows each step.
 */
@Service
public class ListingLifecycle {

	private static final List<ListingState> LIVE = List.of(ListingState.PUBLISHED, ListingState.SCHEDULED,
			ListingState.IN_REVIEW, ListingState.UNPUBLISHED);

	private final ActivityStore store;

	private final ActivitySearch search;

	private final Organisations organisations;

	private final AccessControl accessControl;

	private final MunicipalityDirectory municipalities;

	private final AuditLog audit;

	private final ListingNotices notices;

	private final ListingReportStore reports;

	private final Clock clock;

	private final ObjectProvider<WithdrawalFollowUp> withdrawalFollowUps;

	ListingLifecycle(ActivityStore store, ActivitySearch search, Organisations organisations,
			AccessControl accessControl, MunicipalityDirectory municipalities, AuditLog audit, ListingNotices notices,
			ListingReportStore reports, Clock clock, ObjectProvider<WithdrawalFollowUp> withdrawalFollowUps) {
		this.withdrawalFollowUps = withdrawalFollowUps;
		this.store = store;
		this.search = search;
		this.organisations = organisations;
		this.accessControl = accessControl;
		this.municipalities = municipalities;
		this.audit = audit;
		this.notices = notices;
		this.reports = reports;
		this.clock = clock;
	}

	/**
	 * The listing, whatever its state, if the actor manages its organisation; not found
	 * for anyone else who could not see it either.
	 */
	public Mono<Activity> managed(Actor actor, String id) {
		return this.store.find(id)
			.switchIfEmpty(Mono.error(() -> new HverdagException.NotFound("activity", id)))
			.flatMap(activity -> this.organisations.managedBy(actor, activity.organisationId()).thenReturn(activity));
	}

	/** A listing in any state, for the platform's own follow-up work (no person asks). */
	public Mono<Activity> find(String id) {
		return this.store.find(id);
	}

	/** The organisation of a listing the actor manages, with the listing. */
	public Mono<Organisation> organisationOf(Activity activity) {
		return this.organisations.find(activity.organisationId());
	}

	public Mono<Activity> edit(Actor actor, String id, ActivityDraft draft) {
		return managed(actor, id).flatMap(activity -> {
			if (!activity.state().editable()) {
				return Mono.error(new HverdagException.Conflict("error.listing.withdrawn"));
			}
			if (!this.municipalities.exists(draft.place().municipality())) {
				return Mono.error(new HverdagException.InvalidInput("municipality", "validation.municipality.unknown"));
			}
			return this.store.revise(activity.revised(draft))
				.switchIfEmpty(Mono.error(() -> new HverdagException.Conflict("error.listing.withdrawn")))
				.flatMap(this.search::index)
				.flatMap(saved -> record(actor, AuditAction.ACTIVITY_EDITED, saved, null).thenReturn(saved));
		});
	}

	public Mono<Activity> withdraw(Actor actor, String id) {
		return managed(actor, id).flatMap(activity -> this.store.withdraw(id, LIVE, this.clock.instant())
			.switchIfEmpty(Mono.error(() -> new HverdagException.Conflict("error.listing.withdrawn")))
			.flatMap(this.search::index)
			.flatMap(saved -> record(actor, AuditAction.ACTIVITY_WITHDRAWN, saved, null).thenReturn(saved))
			.flatMap(saved -> followUpWithdrawal(saved).thenReturn(saved)));
	}

	/**
	 * Follows up the withdrawals on the listings' agenda again: one a crash cut short, a
	 * sign-up in flight while the listing was withdrawn. Settled entries only unless
	 * nothing can be in flight (at start); an entry goes after its last follow-up, two
	 * days after the withdrawal. The count of people told.
	 */
	public Mono<Long> followUpWithdrawals(boolean settledOnly) {
		Instant now = this.clock.instant();
		return this.store.withdrawalsToFollowUp(settledOnly, now)
			.concatMap(pending -> followUpWithdrawal(pending.activity())
				.flatMap(told -> (pending.due(now) ? this.store.done(pending) : Mono.<Void>empty()).thenReturn(told)))
			.reduce(0L, Long::sum);
	}

	/**
	 * Runs what a withdrawal leaves to others (telling people signed up). The withdrawal
	 * is on the listings' agenda before the state changes and stays on it for two days,
	 * so a crash in between, or a sign-up that raced it, is finished by
	 * {@link #followUpWithdrawals}.
	 */
	public Mono<Long> followUpWithdrawal(Activity activity) {
		return Flux.fromStream(this.withdrawalFollowUps.orderedStream())
			.concatMap(followUp -> followUp.withdrawn(activity))
			.reduce(0L, Long::sum);
	}

	/**
	 * Listings withdrawn at or after an instant (all withdrawn ones for {@code null});
	 * reads every listing on the embedded store.
	 */
	public Flux<Activity> withdrawnSince(Instant since) {
		return this.store.withdrawnSince(since);
	}

	/**
	 * Checks that the actor may cancel this date of the listing: it must be one of its
	 * coming occurrences. Used by sign-ups before it writes its intent.
	 */
	public Mono<Activity> mayCancel(Actor actor, String id, LocalDate date) {
		return managed(actor, id).flatMap(activity -> {
			if (!activity.happensOn(date)
					|| !LocalDateTime.of(date, activity.schedule().start()).isAfter(LocalDateTime.now(this.clock))) {
				return Mono.error(new HverdagException.InvalidInput("date", "validation.cancel.notOccurrence"));
			}
			return Mono.just(activity);
		});
	}

	/**
	 * Marks the date cancelled on the listing; idempotent (a recovery may do it again).
	 */
	public Mono<Activity> cancelDate(String id, LocalDate date) {
		return this.store.cancelDate(id, date).flatMap(this.search::index);
	}

	/** Audits a cancelled date with the listing's and the organisation's names. */
	public Mono<Void> recordCancelled(Actor actor, Activity activity, LocalDate date, String reason) {
		return record(actor, AuditAction.OCCURRENCE_CANCELLED, activity,
				date + (reason == null || reason.isBlank() ? "" : ": " + reason.strip()));
	}

	public Mono<Activity> unpublish(Actor coordinator, String id, String reason) {
		if (reason == null || reason.isBlank()) {
			return Mono.error(new HverdagException.InvalidInput("reason", "validation.reason.required"));
		}
		if (reason.length() > 1000) {
			return Mono.error(new HverdagException.InvalidInput("reason", "validation.listing.reasonLength"));
		}
		return coordinated(coordinator, id).flatMap(
				activity -> this.store
					.transition(id, List.of(ListingState.PUBLISHED, ListingState.SCHEDULED, ListingState.IN_REVIEW),
							ListingState.UNPUBLISHED,
							new Update().set("unpublishReason", reason.strip())
								.set("unpublishedAt", this.clock.instant()))
					.switchIfEmpty(Mono.error(() -> new HverdagException.Conflict("error.listing.notPublished")))
					.flatMap(this.search::index)
					.flatMap(saved -> record(coordinator, AuditAction.ACTIVITY_UNPUBLISHED, saved, reason.strip())
						.then(this.reports.closeAll(id, "UNPUBLISHED", this.clock.instant()))
						.then(this.organisations.find(saved.organisationId())
							.flatMap(organisation -> this.notices.unpublished(organisation, saved)))
						.thenReturn(saved)));
	}

	/** The organisation has fixed an unpublished listing and asks to have it back. */
	public Mono<Activity> resubmit(Actor actor, String id) {
		return managed(actor, id).flatMap(activity -> this.store
			.transition(id, List.of(ListingState.UNPUBLISHED), ListingState.IN_REVIEW,
					new Update().set("resubmittedAt", this.clock.instant()))
			.switchIfEmpty(Mono.error(() -> new HverdagException.Conflict("error.listing.notUnpublished")))
			.flatMap(saved -> record(actor, AuditAction.ACTIVITY_RESUBMITTED, saved, null).thenReturn(saved)));
	}

	/**
	 * The coordinator publishes a resubmitted listing again: at once, or at a time to
	 * come (a scheduled publication, persisted and carried out even after a restart).
	 */
	public Mono<Activity> republish(Actor coordinator, String id, Instant at) {
		Instant now = this.clock.instant();
		boolean later = at != null && at.isAfter(now);
		List<ListingState> from = List.of(ListingState.IN_REVIEW, ListingState.UNPUBLISHED);
		Update update = new Update().unset("unpublishReason");
		return coordinated(coordinator, id)
			.flatMap(activity -> (later ? this.store.schedule(id, from, at, update)
					: this.store.transition(id, from, ListingState.PUBLISHED, update.unset("publishAt")))
				.switchIfEmpty(Mono.error(() -> new HverdagException.Conflict("error.listing.notInReview")))
				.flatMap(this.search::index)
				.flatMap(saved -> record(coordinator, AuditAction.ACTIVITY_REPUBLISHED, saved,
						later ? "publishAt " + at : null)
					.then(this.organisations.find(saved.organisationId())
						.flatMap(organisation -> this.notices.republished(organisation, saved)))
					.thenReturn(saved)));
	}

	/**
	 * Publishes every scheduled listing whose time has come; each is one conditional
	 * update, so two passes (or two nodes) publish it once. The count published.
	 */
	public Mono<Long> publishDue() {
		Instant now = this.clock.instant();
		return this.store.due(now)
			.concatMap(due -> this.store.publishScheduled(due)
				.flatMap(this.search::index)
				.flatMap(published -> this.audit
					.recordSystem(AuditAction.ACTIVITY_PUBLISHED_AS_SCHEDULED, published.place().municipality(),
							name(published), null)
					.then(this.store.done(due))
					.thenReturn(published)))
			.count();
	}

	/** Listings resubmitted for review in the municipalities the coordinator serves. */
	public Flux<Activity> inReview(Actor coordinator) {
		return this.accessControl.rolesOf(coordinator)
			.flatMapMany(roles -> this.store.inState(ListingState.IN_REVIEW)
				.filter(activity -> roles.coordinates(activity.place().municipality())));
	}

	/**
	 * The listing, if the actor coordinates the municipality it is in (or that of its
	 * organisation).
	 */
	public Mono<Activity> coordinated(Actor coordinator, String id) {
		return this.store.find(id)
			.switchIfEmpty(Mono.error(() -> new HverdagException.NotFound("activity", id)))
			.zipWith(this.accessControl.rolesOf(coordinator))
			.flatMap(found -> {
				Activity activity = found.getT1();
				Roles roles = found.getT2();
				if (roles.coordinates(activity.place().municipality())) {
					return Mono.just(activity);
				}
				return this.organisations.find(activity.organisationId())
					.filter(organisation -> roles.coordinates(organisation.municipality()))
					.map(organisation -> activity)
					.switchIfEmpty(Mono.error(() -> new HverdagException.Forbidden("error.forbidden.municipality")));
			});
	}

	private Mono<Void> record(Actor actor, AuditAction action, Activity activity, String detail) {
		return this.audit.record(actor, action, activity.place().municipality(), name(activity), detail);
	}

	/** How the audit log names a listing: its title and its organisation. */
	static String name(Activity activity) {
		return activity.title() + " – " + activity.organisationName();
	}

}
