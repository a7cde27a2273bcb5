package no.hverdag.accounts;

import java.time.Instant;

/**
 * Who holds a role, as the admin's overview shows it: the identity, the name the granter
 * gave (the subject when none was given), the role and its scope.
 *
 * @param configured a platform admin from configuration: not granted, not revocable here
 */
public record RoleHolder(String issuer, String subject, String name, Role role, String scope, Instant grantedAt,
		boolean configured) {

	public RoleAssignment assignment() {
		return new RoleAssignment(this.issuer, this.subject, this.role, this.scope);
	}

}
