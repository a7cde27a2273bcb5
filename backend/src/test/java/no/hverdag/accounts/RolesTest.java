package no.hverdag.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An actor's roles")
class RolesTest {

	private static final String ISSUER = "https://idp.example";

	private static final String SUBJECT = "kari";

	private static RoleAssignment assignment(Role role, String scope) {
		return new RoleAssignment(ISSUER, SUBJECT, role, scope);
	}

	private static Roles holding(RoleAssignment... assignments) {
		return new Roles(false, Set.of(assignments));
	}

	private static final Roles PLATFORM_ADMIN = new Roles(true, Set.of(assignment(Role.PLATFORM_ADMIN, "*")));

	@Test
	@DisplayName("let a coordinator of 1804 coordinate 1804 and not 0301")
	void coordinatorOfOneMunicipality() {
		Roles roles = holding(assignment(Role.COORDINATOR, "1804"));

		assertThat(roles.coordinates("1804")).isTrue();
		assertThat(roles.coordinates("0301")).isFalse();
		assertThat(roles.isCoordinator()).isTrue();
	}

	@Test
	@DisplayName("do not let an organisation member or library staff coordinate the municipality named by the same scope")
	void otherRolesDoNotCoordinate() {
		Roles roles = holding(assignment(Role.ORGANISATION_MEMBER, "1804"), assignment(Role.LIBRARY_STAFF, "1804"));

		assertThat(roles.coordinates("1804")).isFalse();
		assertThat(roles.isCoordinator()).isFalse();
	}

	@Test
	@DisplayName("let a platform admin coordinate every municipality")
	void platformAdminCoordinatesEverywhere() {
		assertThat(PLATFORM_ADMIN.coordinates("1804")).isTrue();
		assertThat(PLATFORM_ADMIN.coordinates("0301")).isTrue();
		assertThat(PLATFORM_ADMIN.isCoordinator()).isTrue();
	}

	@Test
	@DisplayName("make a platform admin staff of every library")
	void platformAdminIsStaffEverywhere() {
		assertThat(PLATFORM_ADMIN.staffOf("deichman-grunerlokka")).isTrue();
		assertThat(PLATFORM_ADMIN.staffOf("bodo-stormen")).isTrue();
	}

	@Test
	@DisplayName("do not make a platform admin a member of any organisation by that alone")
	void platformAdminIsNoMember() {
		assertThat(PLATFORM_ADMIN.memberOf("org-1")).isFalse();
		assertThat(PLATFORM_ADMIN.memberOf("*")).isFalse();
		assertThat(PLATFORM_ADMIN.organisations()).isEmpty();
	}

	@Test
	@DisplayName("make a member of one organisation a member of that one only")
	void memberOfByScope() {
		Roles roles = holding(assignment(Role.ORGANISATION_MEMBER, "org-1"));

		assertThat(roles.memberOf("org-1")).isTrue();
		assertThat(roles.memberOf("org-2")).isFalse();
		assertThat(roles.staffOf("org-1")).isFalse();
		assertThat(roles.coordinates("org-1")).isFalse();
	}

	@Test
	@DisplayName("make staff of one library staff of that one only")
	void staffOfByScope() {
		Roles roles = holding(assignment(Role.LIBRARY_STAFF, "lib-1"));

		assertThat(roles.staffOf("lib-1")).isTrue();
		assertThat(roles.staffOf("lib-2")).isFalse();
		assertThat(roles.memberOf("lib-1")).isFalse();
	}

	@Test
	@DisplayName("list the municipalities, organisations and libraries they hold, each under its own role")
	void scopeSets() {
		Roles roles = holding(assignment(Role.COORDINATOR, "1804"), assignment(Role.COORDINATOR, "0301"),
				assignment(Role.ORGANISATION_MEMBER, "org-1"), assignment(Role.ORGANISATION_MEMBER, "org-2"),
				assignment(Role.LIBRARY_STAFF, "lib-1"));

		assertThat(roles.coordinatedMunicipalities()).containsExactlyInAnyOrder("1804", "0301");
		assertThat(roles.organisations()).containsExactlyInAnyOrder("org-1", "org-2");
		assertThat(roles.libraries()).containsExactly("lib-1");
	}

	@Test
	@DisplayName("give no one anything when there are none")
	void none() {
		assertThat(Roles.NONE.coordinates("1804")).isFalse();
		assertThat(Roles.NONE.memberOf("org-1")).isFalse();
		assertThat(Roles.NONE.staffOf("lib-1")).isFalse();
		assertThat(Roles.NONE.isCoordinator()).isFalse();
		assertThat(Roles.NONE.coordinatedMunicipalities()).isEmpty();
		assertThat(Roles.NONE.organisations()).isEmpty();
		assertThat(Roles.NONE.libraries()).isEmpty();
	}

}
