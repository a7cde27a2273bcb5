package no.hverdag;

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
 * Integrations call the API with JWT bearer tokens: the identity (issuer + subject)
 * brings the platform roles, the token's scopes limit the areas, and a bad token is a
 * 401, never more.
 */
class BearerTokenTest extends ServerTestSupport {

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	@DisplayName("a token with the moderation scope reads Bodø's queue as Bodø's coordinator")
	void scopedTokenActsAsItsSubject() throws Exception {
		HttpResponse<String> queue = get("/api/v1/moderation/organisations",
				token("koordinator-bodo", "hverdag.moderation", 3600));
		assertThat(queue.statusCode()).isEqualTo(200);
		assertThat(queue.body()).contains("Syrisk-norsk kulturforening");
	}

	@Test
	@DisplayName("a token without the route's scope gets 403 as problem details, even for the right person")
	void scopeLimitsTheArea() throws Exception {
		HttpResponse<String> denied = get("/api/v1/moderation/organisations",
				token("koordinator-bodo", "hverdag.me", 3600));
		assertThat(denied.statusCode()).isEqualTo(403);
		assertThat(denied.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		HttpResponse<String> me = get("/api/v1/me", token("koordinator-bodo", "hverdag.me", 3600));
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.body()).contains("\"subject\":\"koordinator-bodo\"");
	}

	@Test
	@DisplayName("tampered and expired tokens get 401 with a bearer challenge, and public routes still answer")
	void badTokens() throws Exception {
		String valid = token("koordinator-bodo", "hverdag.me", 3600);
		String tampered = valid.substring(0, valid.length() - 4) + (valid.endsWith("AAAA") ? "BBBB" : "AAAA");
		for (String bad : List.of(tampered, token("koordinator-bodo", "hverdag.me", -3600), "not.a.jwt")) {
			HttpResponse<String> answer = get("/api/v1/me", bad);
			assertThat(answer.statusCode()).isEqualTo(401);
			assertThat(answer.headers().firstValue("WWW-Authenticate"))
				.hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Bearer"));
			assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		}
		assertThat(get("/api/v1/municipalities/1804", null).statusCode()).isEqualTo(200);
	}

	private String token(String subject, String scope, long expirySeconds) {
		return OIDC
			.issueToken(ISSUER_ID, "hverdag-api-client",
					new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of("hverdag-api"),
							Map.of("scope", scope), expirySeconds))
			.serialize();
	}

	private HttpResponse<String> get(String path, String bearer) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path));
		if (bearer != null) {
			request.header("Authorization", "Bearer " + bearer);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
