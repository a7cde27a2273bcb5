package no.hverdag.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import no.hverdag.shared.security.SessionSweeper;
import no.hverdag.support.ServerTestSupport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.FluxExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, findings 5 and 7: anonymous requests leave no lasting state on the embedded
 * store, and the developers' outbox page is not served because a request "comes from this
 * machine". Over real HTTP on loopback, as a same-host reverse proxy would call.
 */
class SessionGrowthTest extends ServerTestSupport {

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	SessionSweeper sweeper;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	@DisplayName("an anonymous visitor of a page that needs sign-in gets no session")
	void noSessionBeforeNeeded() throws Exception {
		HttpResponse<String> response = get("/coordinator");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("SESSION="));
	}

	@Test
	@DisplayName("sign-ins started and never finished are swept after ten idle minutes; signed-in sessions stay")
	void abandonedSignInStartsAreSwept() throws Exception {
		List<String> started = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			HttpResponse<String> response = get("/oauth2/authorization/" + ISSUER_ID);
			assertThat(response.statusCode()).isEqualTo(302);
			started.add(response.headers()
				.allValues("Set-Cookie")
				.stream()
				.filter(cookie -> cookie.startsWith("SESSION="))
				.findFirst()
				.orElseThrow()
				.replaceFirst("SESSION=([^;]*).*", "$1"));
		}
		assertThat(count(Criteria.where("_id").in(started))).isEqualTo(20);
		// Signed-in sessions left by earlier tests may be idle long enough to expire at
		// the
		// eleven-minute mark on a slow run: only those still valid then must stay.
		Instant elevenMinutesOn = Instant.now().plus(Duration.ofMinutes(11));
		Criteria signedInThen = Criteria.where("principal").ne(null).and("expireAt").gt(Date.from(elevenMinutesOn));
		long signedIn = count(signedInThen);

		this.sweeper.sweep(Instant.now().plus(Duration.ofMinutes(5))).block(Duration.ofSeconds(30));
		assertThat(count(Criteria.where("_id").in(started))).as("five minutes idle").isEqualTo(20);

		this.sweeper.sweep(elevenMinutesOn).block(Duration.ofSeconds(30));
		assertThat(count(Criteria.where("_id").in(started))).as("eleven minutes idle").isZero();
		assertThat(count(signedInThen)).as("signed-in sessions").isEqualTo(signedIn);

		this.sweeper.sweep(Instant.now().plus(Duration.ofMinutes(31))).block(Duration.ofSeconds(30));
		assertThat(count(new Criteria())).as("every session expired after 30 idle minutes").isZero();
	}

	@Test
	@DisplayName("/dev/outbox is not served without hverdag.dev.outbox-page, even to loopback")
	void devOutboxNeedsTheSwitch() throws Exception {
		assertThat(get("/dev/outbox").statusCode()).isEqualTo(404);
	}

	@Test
	@DisplayName("live streams are capped per client with a clear 429, and a closed stream frees its place")
	void streamsCapped() throws InterruptedException {
		WebTestClient screen = WebTestClient.bindToServer().baseUrl(baseUrl()).build();
		List<FluxExchangeResult<String>> held = new ArrayList<>();
		try {
			for (int i = 0; i < 4; i++) {
				FluxExchangeResult<String> stream = openStream(screen);
				assertThat(stream.getStatus()).as("stream %d", i + 1).isEqualTo(HttpStatus.OK);
				held.add(stream);
			}
			FluxExchangeResult<String> fifth = openStream(
					screen.mutate().defaultHeader("Accept-Language", "en").build());
			assertThat(fifth.getStatus()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
			assertThat(fifth.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("30");
			assertThat(String.join("", fifth.getResponseBody().collectList().block(Duration.ofSeconds(30))))
				.contains("Too many live views are open");

			// The client closes one: its place comes back.
			close(held.remove(0));
			HttpStatus again = HttpStatus.TOO_MANY_REQUESTS;
			for (int tries = 0; tries < 100 && again != HttpStatus.OK; tries++) {
				Thread.sleep(100);
				FluxExchangeResult<String> attempt = openStream(screen);
				again = (HttpStatus) attempt.getStatus();
				if (again == HttpStatus.OK) {
					held.add(attempt);
				}
				else {
					attempt.getResponseBody().blockLast(Duration.ofSeconds(30));
				}
			}
			assertThat(again).as("a stream after one was closed").isEqualTo(HttpStatus.OK);
		}
		finally {
			held.forEach(SessionGrowthTest::close);
		}
	}

	/** Cancelling the body closes the connection, as a browser closing the page. */
	private static void close(FluxExchangeResult<String> stream) {
		stream.getResponseBody().subscribe().dispose();
	}

	private static FluxExchangeResult<String> openStream(WebTestClient client) {
		return client.get()
			.uri("/api/v1/libraries/seed-library-oslo/availability")
			.accept(MediaType.TEXT_EVENT_STREAM, MediaType.APPLICATION_PROBLEM_JSON)
			.exchange()
			.returnResult(String.class);
	}

	private long count(Criteria criteria) {
		return this.mongo.count(Query.query(criteria), "web_sessions").block(Duration.ofSeconds(30));
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(
				HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Accept", "text/html").GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
