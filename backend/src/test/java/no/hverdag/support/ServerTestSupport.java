package no.hverdag.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import no.nav.security.mock.oauth2.MockOAuth2Server;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application on a real port, with a real OpenID Connect provider in the same JVM
 * (NAV's mock-oauth2-server) configured through Boot's standard client properties,
 * exactly as a real provider would be. Subclasses share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "hverdag.mongo.embedded.path=memory", "hverdag.seed.demo=true",
				"hverdag.rate-limits.enabled=false" })
@Import(TestClockConfig.class)
public abstract class ServerTestSupport {

	public static final String ISSUER_ID = "idporten";

	public static final MockOAuth2Server OIDC = new MockOAuth2Server();

	/**
	 * The platform admin of the shared context, so that the admin's pages can be opened
	 * in a browser (AccessibilityEveryLanguageBrowserTest); no other test signs in as it.
	 */
	public static final String ADMIN = "plattform-admin";

	static {
		// Discovery runs when the context starts, so the provider must be up first.
		OIDC.start(0);
	}

	/**
	 * Chosen before the context starts, so that {@code hverdag.public-url} (where sign-in
	 * links and the OpenID Connect {@code redirect_uri} point) can name it.
	 */
	private static final int PORT = freePort();

	@LocalServerPort
	protected int port;

	@DynamicPropertySource
	static void identityProvider(DynamicPropertyRegistry registry) {
		register(registry, PORT);
		registry.add("hverdag.security.admins[0].issuer", () -> OIDC.issuerUrl(ISSUER_ID).toString());
		registry.add("hverdag.security.admins[0].subject", () -> ADMIN);
	}

	/**
	 * The provider and the port, for a test whose context differs from the shared one and
	 * so runs beside it on a port of its own.
	 */
	public static void register(DynamicPropertyRegistry registry, int port) {
		String issuer = OIDC.issuerUrl(ISSUER_ID).toString();
		registry.add("server.port", () -> port);
		registry.add("hverdag.public-url", () -> "http://localhost:" + port);
		registry.add("spring.security.oauth2.client.provider.idporten.issuer-uri", () -> issuer);
		registry.add("spring.security.oauth2.client.registration.idporten.client-id", () -> "hverdag-web");
		registry.add("spring.security.oauth2.client.registration.idporten.client-secret", () -> "secret");
		registry.add("spring.security.oauth2.client.registration.idporten.client-name", () -> "ID-porten (test)");
		registry.add("spring.security.oauth2.client.registration.idporten.scope", () -> "openid,profile");
		registry.add("hverdag.seed.demo-issuer", () -> issuer);
		// The same provider issues bearer tokens for the API, as an integration's would.
		registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> issuer);
		registry.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> "hverdag-api");
	}

	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	protected String baseUrl() {
		return "http://localhost:" + this.port;
	}

}
