package no.hverdag;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import no.hverdag.support.ServerTestSupport;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real sign-in: authorization code with PKCE against an OpenID Connect provider over
 * HTTP, redirect by redirect, and roles that come from the platform's own assignments for
 * the provider's issuer and subject.
 */
class OidcLoginTest extends ServerTestSupport {

	private final CookieManager cookies = new CookieManager();

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.data.mongodb.core.ReactiveMongoTemplate mongo;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(this.cookies)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@Test
	@DisplayName("Bodø's coordinator signs in with code + PKCE and lands in a queue holding Bodø's pending organisation")
	void coordinatorSignsIn() throws Exception {
		// ID-porten sends the national identity number in "pid"; it must never be stored.
		OIDC.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, "koordinator-bodo", "JWT",
				List.of("hverdag-web"), Map.of("name", "Kari Koordinator", "pid", "01017012345"), 3600));

		HttpResponse<String> guarded = get(baseUrl() + "/coordinator");
		assertThat(guarded.statusCode()).isEqualTo(302);
		assertThat(location(guarded)).isEqualTo("/login");

		HttpResponse<String> login = get(baseUrl() + "/login");
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.body()).contains("href=\"/oauth2/authorization/idporten\"").contains("ID-porten (test)");

		HttpResponse<String> start = get(baseUrl() + "/oauth2/authorization/idporten");
		assertThat(location(start)).startsWith(OIDC.issuerUrl(ISSUER_ID).toString())
			.contains("code_challenge=")
			.contains("code_challenge_method=S256")
			.contains("nonce=");

		HttpResponse<String> provider = follow(start);
		assertThat(location(provider)).startsWith(baseUrl() + "/login/oauth2/code/idporten?").contains("code=");

		HttpResponse<String> signedIn = follow(provider);
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(location(signedIn)).endsWith("/coordinator");

		HttpResponse<String> queue = get(baseUrl() + "/coordinator");
		assertThat(queue.statusCode()).isEqualTo(200);
		assertThat(queue.body()).contains("Innlogget som Kari Koordinator").contains("Syrisk-norsk kulturforening");

		// The session lives in MongoDB, where every node finds it.
		String sessionId = this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals("SESSION"))
			.findFirst()
			.orElseThrow()
			.getValue();
		assertThat(this.mongo
			.exists(org.springframework.data.mongodb.core.query.Query
				.query(org.springframework.data.mongodb.core.query.Criteria.where("_id").is(sessionId)), "web_sessions")
			.block()).isTrue();

		org.bson.Document stored = this.mongo.findById(sessionId, org.bson.Document.class, "web_sessions").block();
		// Attributes are stored as JSON, never Java-serialized (issue 10).
		StringBuilder storedBytes = new StringBuilder(stored.toJson());
		assertThat(stored.values()).as("no serialized bytes in the session")
			.noneMatch(value -> value instanceof org.bson.types.Binary);
		assertThat(storedBytes).as("the session").contains("Kari Koordinator");
		assertThat(storedBytes.toString()).doesNotContain("01017012345")
			// A compact JWT is header.payload.signature, both JSON, so base64url "eyJ"
			// twice
			// with a dot between. A random nonce may start with "eyJ" too: it has no
			// dots.
			.as("no raw token, whose payload would carry it encoded")
			.doesNotContainPattern("eyJ[A-Za-z0-9_-]*\\.eyJ[A-Za-z0-9_-]*\\.");

		// Signing out ends the session: the queue asks for sign-in again.
		java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
			.matcher(queue.body());
		assertThat(token.find()).isTrue();
		HttpResponse<String> signedOut = this.http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/logout"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(
					"_csrf=" + java.net.URLEncoder.encode(token.group(1), java.nio.charset.StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedOut.statusCode()).isEqualTo(302);
		assertThat(location(signedOut)).isEqualTo("/?signedOut");
		assertThat(location(get(baseUrl() + "/coordinator"))).isEqualTo("/login");
		assertThat(this.mongo
			.exists(org.springframework.data.mongodb.core.query.Query
				.query(org.springframework.data.mongodb.core.query.Criteria.where("_id").is(sessionId)), "web_sessions")
			.block()).isFalse();
	}

	@Test
	@DisplayName("someone the platform has no roles for signs in fine but sees no coordinator queue")
	void strangerHasNoRoles() throws Exception {
		OIDC.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, "someone-else", "JWT", List.of("hverdag-web"),
				Map.of("name", "Noen Andre"), 3600));
		get(baseUrl() + "/coordinator");
		follow(follow(get(baseUrl() + "/oauth2/authorization/idporten")));
		HttpResponse<String> queue = get(baseUrl() + "/coordinator");
		assertThat(queue.statusCode()).isEqualTo(200);
		assertThat(queue.body()).contains("Innlogget som Noen Andre").doesNotContain("Syrisk-norsk kulturforening");
	}

	private HttpResponse<String> get(String url) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElseThrow();
	}

	private HttpResponse<String> follow(HttpResponse<String> redirect) throws IOException, InterruptedException {
		return get(URI.create(baseUrl()).resolve(location(redirect)).toString());
	}

}
