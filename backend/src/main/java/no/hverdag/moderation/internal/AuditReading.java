package no.hverdag.moderation.internal;

import no.hverdag.accounts.AccessControl;
import no.hverdag.audit.AuditEntry;
import no.hverdag.audit.AuditLog;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.Actor;
import reactor.core.publisher.Flux;

import org.springframework.stereotype.Component;

/**
 * Who reads the audit log: coordinators for their municipalities, platform admins for
 * all.
 */
@Component
class AuditReading {

	static final int PAGE = 200;

	private final AccessControl accessControl;

	private final AuditLog audit;

	AuditReading(AccessControl accessControl, AuditLog audit) {
		this.accessControl = accessControl;
		this.audit = audit;
	}

	Flux<AuditEntry> visibleTo(Actor actor) {
		return this.accessControl.rolesOf(actor).flatMapMany(roles -> {
			if (roles.platformAdmin()) {
				return this.audit.everywhere(PAGE);
			}
			if (roles.coordinatedMunicipalities().isEmpty()) {
				return Flux.error(new HverdagException.Forbidden("error.forbidden.audit"));
			}
			return this.audit.in(roles.coordinatedMunicipalities(), PAGE);
		});
	}

}
