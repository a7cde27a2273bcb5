package no.hverdag.accounts;

import no.hverdag.accounts.internal.PlatformAdmins;
import no.hverdag.audit.AuditAction;
import no.hverdag.audit.AuditLog;
import no.hverdag.accounts.internal.RoleAssignmentStore;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.Actor;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Reads and grants role assignments. Read fresh on every use, so a revoked role stops
 * working at once; grants are unique (a unique index), so granting twice is harmless.
 */
@Service
public class AccessControl {

	private final RoleAssignmentStore store;

	private final PlatformAdmins admins;

	private final AuditLog audit;

	AccessControl(RoleAssignmentStore store, PlatformAdmins admins, AuditLog audit) {
		this.store = store;
		this.admins = admins;
		this.audit = audit;
	}

	public Mono<Roles> rolesOf(Actor actor) {
		return this.store.findFor(actor.issuer(), actor.subject())
			.collectList()
			.map(list -> new Roles(this.admins.isAdmin(actor), java.util.Set.copyOf(list)));
	}

	/** Membership is made by registering an organisation; no one else's say is needed. */
	public Mono<Void> grantMembership(Actor registrant, String organisationId) {
		return this.store.save(new RoleAssignment(registrant.issuer(), registrant.subject(), Role.ORGANISATION_MEMBER,
				organisationId));
	}

	/**
	 * A platform admin makes coordinators; an admin or the coordinator of the library's
	 * municipality makes library staff.
	 */
	public Mono<Void> grant(Actor granter, RoleAssignment assignment, String libraryMunicipality) {
		return rolesOf(granter).flatMap(roles -> {
			boolean allowed = switch (assignment.role()) {
				case COORDINATOR -> roles.platformAdmin();
				case LIBRARY_STAFF ->
					roles.platformAdmin() || (libraryMunicipality != null && roles.coordinates(libraryMunicipality));
				case ORGANISATION_MEMBER -> roles.platformAdmin() || roles.memberOf(assignment.scope());
				case PLATFORM_ADMIN -> false;
			};
			if (!allowed) {
				return Mono.error(new HverdagException.Forbidden("error.forbidden.grant"));
			}
			String municipality = assignment.role() == Role.COORDINATOR ? assignment.scope() : libraryMunicipality;
			return this.store.save(assignment)
				.then(this.audit.record(granter, AuditAction.ROLE_GRANTED, municipality,
						assignment.issuer() + " " + assignment.subject(),
						assignment.role().name() + " " + assignment.scope()));
		});
	}

	/** For loading demo and migration data: no actor, no checks. */
	public Mono<Void> importAssignment(RoleAssignment assignment) {
		return this.store.save(assignment);
	}

}
