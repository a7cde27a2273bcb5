package no.hverdag;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;

/**
 * An OpenID Connect provider in the same JVM, on a fixed port so that its issuer (and
 * with it the demo users' role assignments) stays the same between runs. Its login page
 * asks for a user name, which becomes the subject: type {@code koordinator-bodo},
 * {@code frivillig-bodo}, ...
 */
@TestConfiguration(proxyBeanMethods = false)
public class DevIdentityProvider {

	static final String ISSUER_ID = "hverdag";

	@Bean(destroyMethod = "shutdown")
	MockOAuth2Server devOidcServer(@Value("${hverdag.dev.oidc-port:8090}") int port) {
		MockOAuth2Server server = new MockOAuth2Server(new OAuth2Config(true));
		server.start(port);
		return server;
	}

	/** Ahead of the configured (here: none) registrations, which always exist. */
	@Bean
	@Primary
	ReactiveClientRegistrationRepository clientRegistrationRepository(MockOAuth2Server devOidcServer) {
		return new InMemoryReactiveClientRegistrationRepository(
				ClientRegistrations.fromIssuerLocation(devOidcServer.issuerUrl(ISSUER_ID).toString())
					.registrationId("dev")
					.clientName("Hverdag dev login (mock-oauth2-server)")
					.clientId("hverdag-web")
					.clientSecret("dev-secret")
					.scope("openid", "profile")
					.build());
	}

}
