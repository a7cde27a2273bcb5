package no.hverdag.support;

import java.util.UUID;

import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.OidcLoginMutator;

/**
 * Signed-in people for tests, as the identity provider would name them: issuer and
 * subject.
 */
public final class Actors {

	public static final String ISSUER = "https://idp.test/hverdag";

	private Actors() {
	}

	public static OidcLoginMutator as(String subject) {
		return SecurityMockServerConfigurers.mockOidcLogin()
			.idToken(token -> token.issuer(ISSUER).subject(subject).claim("name", "Test " + subject));
	}

	/** Someone the platform has never seen: no roles yet. */
	public static String newcomerSubject() {
		return "person-" + UUID.randomUUID();
	}

}
