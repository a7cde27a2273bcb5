package no.hverdag.security;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import no.hverdag.support.ServerTestSupport;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, finding 1: a request's {@code Host} header never reaches a link. Over real
 * HTTP, where the server builds the request's URI from that header.
 */
class PublicUrlTest extends ServerTestSupport {

	@Autowired
	ReactiveMongoTemplate mongo;

	@Test
	@DisplayName("a code requested with Host: evil.example is sent with a link to the configured public address")
	void signInLinkIgnoresHost() {
		WebTestClient http = WebTestClient.bindToServer().baseUrl(baseUrl()).build();
		// The sign-in page gives the CSRF cookie and the form's token, as a browser gets
		// them.
		var page = http.get().uri("/login").exchange().expectStatus().isOk().returnResult(String.class);
		String csrfCookie = page.getResponseCookies().getFirst("XSRF-TOKEN").getValue();
		String body = page.getResponseBody().collectList().block().stream().reduce("", String::concat);
		String csrf = body.replaceFirst("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");

		String victim = "victim" + System.nanoTime() + "@example.no";
		http.post()
			.uri("/login/code/request")
			.header(HttpHeaders.HOST, "evil.example")
			.cookie("XSRF-TOKEN", csrfCookie)
			.header(HttpHeaders.CONTENT_TYPE, "application/x-www-form-urlencoded")
			.bodyValue("username=" + victim + "&_csrf=" + csrf)
			.exchange()
			.expectStatus()
			.isFound();

		Document mail = this.mongo
			.findOne(Query.query(Criteria.where("recipient").is(victim)).with(Sort.by(Sort.Direction.DESC, "_id")),
					Document.class, "outbox")
			.block();
		assertThat(mail).as("the code message to " + victim).isNotNull();
		assertThat(mail.getString("text")).doesNotContain("evil.example").contains(baseUrl() + "/login/code?token=");
	}

	@Test
	@DisplayName("the OpenID Connect redirect_uri is the configured public address whatever the Host header says")
	void redirectUriIgnoresHost() {
		URI location = WebTestClient.bindToServer()
			.baseUrl(baseUrl())
			.build()
			.get()
			.uri("/oauth2/authorization/" + ISSUER_ID)
			.header(HttpHeaders.HOST, "evil.example")
			.exchange()
			.expectStatus()
			.isFound()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getLocation();
		String redirectUri = UriComponentsBuilder.fromUri(location)
			.build(true)
			.getQueryParams()
			.getFirst("redirect_uri");
		assertThat(URI.create(URLDecoder.decode(redirectUri, StandardCharsets.UTF_8)))
			.isEqualTo(URI.create(baseUrl() + "/login/oauth2/code/" + ISSUER_ID));
	}

}
