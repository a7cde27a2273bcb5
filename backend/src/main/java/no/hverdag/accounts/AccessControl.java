package no.hverdag.accounts;

import no.hverdag.accounts.internal.PlatformAdmins;
import no.hverdag.audit.AuditAction;
import no.hverdag.audit.AuditLog;
import no.hverdag.accounts.internal.RoleAssignmentStore;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.Actor;
import reactor.core.publisher.Flux;
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
		return grant(granter, assignment, libraryMunicipality, null);
	}

	/**
	 * As {@link #grant(Actor, RoleAssignment, String)}, remembering the holder's name as
	 * the granter gave it, so overviews and the audit log name people, not ids.
	 */
	public Mono<Void> grant(Actor granter, RoleAssignment assignment, String libraryMunicipality, String holderName) {
		String name = holderName == null || holderName.isBlank() ? null : holderName.strip();
		return mayManage(granter, assignment, libraryMunicipality, "error.forbidden.grant")
			.then(this.store.save(assignment, name))
			.then(this.audit.record(granter, AuditAction.ROLE_GRANTED, municipalityOf(assignment, libraryMunicipality),
					name != null ? name : assignment.issuer() + " " + assignment.subject(),
					assignment.role().name() + " " + assignment.scope()));
	}

	/**
	 * Takes a role back, by the same rule as granting it. A platform admin comes from
	 * configuration and is never revoked here, also not by themselves.
	 */
	public Mono<Void> revoke(Actor granter, RoleAssignment assignment, String libraryMunicipality) {
		if (assignment.role() == Role.PLATFORM_ADMIN) {
			return Mono.error(new HverdagException.Forbidden("error.forbidden.revokeAdmin"));
		}
		return mayManage(granter, assignment, libraryMunicipality, "error.forbidden.grant")
			.then(this.store.remove(assignment))
			.switchIfEmpty(Mono.error(() -> new HverdagException.NotFound("role", assignment.role().name())))
			.flatMap(removed -> this.audit.record(granter, AuditAction.ROLE_REVOKED,
					municipalityOf(assignment, libraryMunicipality), removed.name(),
					assignment.role().name() + " " + assignment.scope()));
	}

	/**
	 * Everyone holding a role, for platform admins only: the admins from configuration
	 * first, then every stored assignment.
	 */
	public Flux<RoleHolder> holders(Actor admin) {
		return rolesOf(admin).flatMapMany(roles -> {
			if (!roles.platformAdmin()) {
				return Flux.error(new HverdagException.Forbidden("error.forbidden.admin"));
			}
			return Flux.fromIterable(this.admins.admins())
				.map(id -> new RoleHolder(id.issuer(), id.subject(), id.subject(), Role.PLATFORM_ADMIN, "*", null,
						true))
				.concatWith(this.store.all());
		});
	}

	/** Whether the actor is a platform admin; a 403 otherwise. */
	public Mono<Void> requireAdmin(Actor actor) {
		return rolesOf(actor).flatMap(roles -> roles.platformAdmin() ? Mono.<Void>empty()
				: Mono.error(new HverdagException.Forbidden("error.forbidden.admin")));
	}

	private Mono<Void> mayManage(Actor granter, RoleAssignment assignment, String libraryMunicipality, String refusal) {
		return rolesOf(granter).flatMap(roles -> {
			boolean allowed = switch (assignment.role()) {
				case COORDINATOR -> roles.platformAdmin();
				case LIBRARY_STAFF ->
					roles.platformAdmin() || (libraryMunicipality != null && roles.coordinates(libraryMunicipality));
				case ORGANISATION_MEMBER -> roles.platformAdmin() || roles.memberOf(assignment.scope());
				case PLATFORM_ADMIN -> false;
			};
			return allowed ? Mono.<Void>empty() : Mono.error(new HverdagException.Forbidden(refusal));
		});
	}

	private static String municipalityOf(RoleAssignment assignment, String libraryMunicipality) {
		return assignment.role() == Role.COORDINATOR ? assignment.scope() : libraryMunicipality;
	}

	/** For loading demo and migration data: no actor, no checks. */
	public Mono<Void> importAssignment(RoleAssignment assignment) {
		return this.store.save(assignment);
	}

}
