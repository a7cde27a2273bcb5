package no.hverdag.admin.internal;

import java.util.List;
import java.util.Map;

import no.hverdag.accounts.AccessControl;
import no.hverdag.accounts.Role;
import no.hverdag.accounts.RoleAssignment;
import no.hverdag.accounts.RoleHolder;
import no.hverdag.humanlibrary.Libraries;
import no.hverdag.humanlibrary.Library;
import no.hverdag.municipalities.MunicipalityDirectory;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.ScopeNames;
import no.hverdag.shared.security.Actor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * The admin's door onto roles, shared by the pages and the API: finds the scope a grant
 * names (a municipality, a library and its municipality) before {@link AccessControl}
 * decides and writes, and names every scope for people.
 */
@Service
class RoleAdministration {

	private final AccessControl accessControl;

	private final Libraries libraries;

	private final MunicipalityDirectory municipalities;

	private final List<ScopeNames> scopeNames;

	RoleAdministration(AccessControl accessControl, Libraries libraries, MunicipalityDirectory municipalities,
			List<ScopeNames> scopeNames) {
		this.accessControl = accessControl;
		this.libraries = libraries;
		this.municipalities = municipalities;
		this.scopeNames = scopeNames;
	}

	/** One line of the overview: the holder and the name of what the role is for. */
	record Line(RoleHolder holder, String scopeName) {
	}

	Flux<Line> overview(Actor admin) {
		return this.accessControl.holders(admin)
			.concatMap(holder -> (holder.role() == Role.PLATFORM_ADMIN ? Mono.just("")
					: ScopeNames.of(this.scopeNames, holder.role().name(), holder.scope()))
				.map(name -> new Line(holder, name)));
	}

	Mono<Void> grant(Actor admin, RoleGrant grant) {
		return this.accessControl.requireAdmin(admin).then(Mono.defer(() -> {
			Map<String, String> problems = grant.problems();
			if (!problems.isEmpty()) {
				return Mono.error(invalid(problems));
			}
			Role role = grant.grantable();
			RoleAssignment assignment = new RoleAssignment(grant.issuer().strip(), grant.subject().strip(), role,
					grant.strip(grant.scope()));
			return municipalityOf(role, assignment.scope()).flatMap(municipality -> this.accessControl.grant(admin,
					assignment, role == Role.LIBRARY_STAFF ? municipality : null, grant.personName()));
		}));
	}

	Mono<Void> revoke(Actor admin, String issuer, String subject, String role, String scope) {
		Role parsed = parse(role);
		if (parsed == null || issuer == null || subject == null || scope == null) {
			return Mono.error(new HverdagException.InvalidInput("role", "validation.admin.role"));
		}
		if (parsed == Role.PLATFORM_ADMIN || parsed == Role.ORGANISATION_MEMBER) {
			return this.accessControl.revoke(admin, new RoleAssignment(issuer, subject, parsed, scope), null);
		}
		return this.accessControl.requireAdmin(admin)
			.then(parsed == Role.LIBRARY_STAFF ? this.libraries.find(scope)
				.map(Library::municipality)
				.onErrorResume(HverdagException.NotFound.class, gone -> Mono.just("")) : Mono.just(scope))
			.flatMap(
					municipality -> this.accessControl.revoke(admin, new RoleAssignment(issuer, subject, parsed, scope),
							parsed == Role.LIBRARY_STAFF ? municipality : null));
	}

	/** The municipality a scope belongs to, or the field problem of an unknown scope. */
	private Mono<String> municipalityOf(Role role, String scope) {
		if (role == Role.COORDINATOR) {
			return this.municipalities.exists(scope) ? Mono.just(scope)
					: Mono.error(invalid(Map.of("scope", "validation.municipality.unknown")));
		}
		return this.libraries.find(scope)
			.map(Library::municipality)
			.onErrorResume(HverdagException.NotFound.class,
					unknown -> Mono.error(invalid(Map.of("scope", "validation.admin.library"))));
	}

	private static Role parse(String role) {
		for (Role candidate : Role.values()) {
			if (candidate.name().equals(role)) {
				return candidate;
			}
		}
		return null;
	}

	static HverdagException.InvalidInput invalid(Map<String, String> problems) {
		return new HverdagException.InvalidInput(problems.entrySet()
			.stream()
			.map(p -> new HverdagException.FieldProblem(p.getKey(), p.getValue()))
			.toList());
	}

}
