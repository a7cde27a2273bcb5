package no.hverdag.accounts;

import java.util.Objects;

/**
 * One role held by one identity, within one scope: the organisation's id, the
 * municipality's number or the library's id. Platform admins have the scope {@code "*"}.
 */
public record RoleAssignment(String issuer, String subject, Role role, String scope) {

	public RoleAssignment {
		Objects.requireNonNull(issuer, "issuer");
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(role, "role");
		Objects.requireNonNull(scope, "scope");
	}

}
