package no.hverdag.shared.security;

import java.util.Objects;

/**
 * Someone signed in, as their identity provider knows them: the issuer and the subject it
 * gives. What they may do on the platform is not here; it comes from the platform's own
 * role assignments.
 */
public record Actor(String issuer, String subject, String displayName) {

	/**
	 * The issuer of identities proven by a one-time code to an e-mail address or phone
	 * number; their subject is that contact point.
	 */
	public static final String PASSWORDLESS_ISSUER = "urn:hverdag:passwordless";

	public Actor {
		Objects.requireNonNull(issuer, "issuer");
		Objects.requireNonNull(subject, "subject");
		displayName = displayName == null || displayName.isBlank() ? subject : displayName;
	}

	public boolean sameIdentity(String otherIssuer, String otherSubject) {
		return this.issuer.equals(otherIssuer) && this.subject.equals(otherSubject);
	}

}
