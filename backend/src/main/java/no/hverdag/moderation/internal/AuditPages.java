package no.hverdag.moderation.internal;

import java.time.Instant;
import java.util.List;

import no.hverdag.audit.AuditAction;
import no.hverdag.audit.AuditEntry;
import no.hverdag.shared.ScopeNames;
import no.hverdag.shared.security.CurrentActor;
import no.hverdag.shared.web.PageController;
import reactor.core.publisher.Mono;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The audit log as a page: names, not ids (the API keeps the ids for tools). A role grant
 * says which role for what ("Library staff: Stormen bibliotek"); ids recorded as a detail
 * are left out.
 */
@PageController
class AuditPages {

	private final AuditReading reading;

	private final List<ScopeNames> scopeNames;

	AuditPages(AuditReading reading, List<ScopeNames> scopeNames) {
		this.reading = reading;
		this.scopeNames = scopeNames;
	}

	@GetMapping("/coordinator/audit")
	Mono<String> log(Model model) {
		return CurrentActor.required()
			.flatMapMany(this.reading::visibleTo)
			.concatMap(this::row)
			.collectList()
			.map(entries -> {
				model.addAttribute("entries", entries);
				return "moderation/audit";
			});
	}

	private Mono<Row> row(AuditEntry entry) {
		return switch (entry.action()) {
			case ROLE_GRANTED, ROLE_REVOKED -> {
				String[] roleAndScope = entry.detail() == null ? new String[0] : entry.detail().split(" ", 2);
				if (roleAndScope.length < 2) {
					yield Mono.just(new Row(entry.at(), entry.actorName(), entry.action(), "", "", null));
				}
				yield ScopeNames.of(this.scopeNames, roleAndScope[0], roleAndScope[1])
					.map(name -> new Row(entry.at(), entry.actorName(), entry.action(), name,
							holderName(entry.target()), roleAndScope[0]));
			}
			case ORGANISATION_APPROVED, ORGANISATION_REJECTED -> Mono.just(new Row(entry.at(), entry.actorName(),
					entry.action(), withoutId(entry.target()), entry.detail(), null));
			default -> Mono.just(new Row(entry.at(), entry.actorName(), entry.action(), entry.target(), "", null));
		};
	}

	/**
	 * The name the admin gave the holder (issue 12); older grants recorded the identity
	 * ("issuer subject"), which is not shown.
	 */
	static String holderName(String target) {
		return target == null || target.contains("://") || target.startsWith("urn:") ? "" : target;
	}

	/** "Bodø Sykkelvenner (3f2c…)" becomes "Bodø Sykkelvenner". */
	static String withoutId(String target) {
		return target == null ? "" : target.replaceFirst("\\s*\\([^()\\s]+\\)$", "");
	}

	/**
	 * One line of the log as people read it.
	 *
	 * @param role the role granted (for "role: scope"), or {@code null}
	 */
	public record Row(Instant at, String actorName, AuditAction action, String target, String detail, String role) {
	}

}
