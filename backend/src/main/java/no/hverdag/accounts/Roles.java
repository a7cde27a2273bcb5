package no.hverdag.accounts;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything one actor may do, as a value: asked by use cases before they change
 * anything.
 */
public record Roles(boolean platformAdmin, Set<RoleAssignment> assignments) {

	public static final Roles NONE = new Roles(false, Set.of());

	public Roles {
		assignments = Set.copyOf(assignments);
	}

	public boolean coordinates(String municipalityNumber) {
		return this.platformAdmin || holds(Role.COORDINATOR, municipalityNumber);
	}

	public boolean memberOf(String organisationId) {
		return holds(Role.ORGANISATION_MEMBER, organisationId);
	}

	public boolean staffOf(String libraryId) {
		return this.platformAdmin || holds(Role.LIBRARY_STAFF, libraryId);
	}

	public Set<String> coordinatedMunicipalities() {
		return scopesOf(Role.COORDINATOR);
	}

	public Set<String> organisations() {
		return scopesOf(Role.ORGANISATION_MEMBER);
	}

	public Set<String> libraries() {
		return scopesOf(Role.LIBRARY_STAFF);
	}

	public boolean isCoordinator() {
		return this.platformAdmin || !coordinatedMunicipalities().isEmpty();
	}

	private boolean holds(Role role, String scope) {
		return this.assignments.stream().anyMatch(a -> a.role() == role && a.scope().equals(scope));
	}

	private Set<String> scopesOf(Role role) {
		return this.assignments.stream()
			.filter(a -> a.role() == role)
			.map(RoleAssignment::scope)
			.collect(Collectors.toUnmodifiableSet());
	}

}
