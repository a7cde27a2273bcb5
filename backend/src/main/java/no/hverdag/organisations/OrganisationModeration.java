package no.hverdag.organisations;

import java.time.Clock;

import no.hverdag.accounts.AccessControl;
import no.hverdag.audit.AuditAction;
import no.hverdag.audit.AuditLog;
import no.hverdag.organisations.internal.DecisionNotices;
import no.hverdag.organisations.internal.OrganisationStore;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.Actor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The coordinator's decision on a pending organisation of their own municipality. One
 * decision per organisation: the update only matches while it is still pending.
 */
@Service
public class OrganisationModeration {

	private final OrganisationStore store;

	private final AccessControl accessControl;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	private final Clock clock;

	private final DecisionNotices notices;

	OrganisationModeration(OrganisationStore store, AccessControl accessControl, ApplicationEventPublisher events,
			AuditLog audit, Clock clock, DecisionNotices notices) {
		this.notices = notices;
		this.store = store;
		this.accessControl = accessControl;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/** The pending organisations in the municipalities this actor coordinates. */
	public Flux<Organisation> queueOf(Actor coordinator) {
		return this.accessControl.rolesOf(coordinator)
			.flatMapMany(roles -> roles.platformAdmin() ? this.store.findByStatus(OrganisationStatus.PENDING)
					: this.store.findByStatusIn(OrganisationStatus.PENDING, roles.coordinatedMunicipalities()));
	}

	public Mono<Organisation> approve(Actor coordinator, String organisationId) {
		return decide(coordinator, organisationId, OrganisationStatus.APPROVED, null)
			.doOnNext(o -> this.events.publishEvent(new OrganisationApproved(o.id(), o.municipality())));
	}

	public Mono<Organisation> reject(Actor coordinator, String organisationId, String reason) {
		if (reason == null || reason.isBlank()) {
			return Mono.error(new HverdagException.InvalidInput("reason", "validation.reason.required"));
		}
		return decide(coordinator, organisationId, OrganisationStatus.REJECTED, reason.strip());
	}

	private static AuditAction auditAction(OrganisationStatus outcome) {
		return outcome == OrganisationStatus.APPROVED ? AuditAction.ORGANISATION_APPROVED
				: AuditAction.ORGANISATION_REJECTED;
	}

	private Mono<Organisation> decide(Actor coordinator, String organisationId, OrganisationStatus outcome,
			String reason) {
		return this.store.find(organisationId)
			.switchIfEmpty(Mono.error(() -> new HverdagException.NotFound("organisation", organisationId)))
			.zipWith(this.accessControl.rolesOf(coordinator))
			.flatMap(found -> {
				if (!found.getT2().coordinates(found.getT1().municipality())) {
					return Mono.error(new HverdagException.Forbidden("error.forbidden.municipality"));
				}
				return this.store.decide(organisationId, outcome, coordinator, this.clock.instant(), reason)
					.switchIfEmpty(Mono.error(() -> new HverdagException.Conflict("error.organisation.alreadyDecided")))
					.flatMap(decided -> this.audit
						.record(coordinator, auditAction(outcome), decided.municipality(),
								decided.name() + " (" + decided.id() + ")", reason)
						.then(this.notices.decided(decided))
						.thenReturn(decided));
			});
	}

}
