package no.hverdag.activities;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The production default (issue 18): the demo seeds run, then the search index is built
 * and the human library's slots are planned, all in the background while the server
 * already answers. Readiness waits for all three (a planning that failed would keep it
 * down; planning adds slots only for days a seed has not planned, so none are counted). A
 * search sent right after start waits for the seeds and the whole index; liveness is up
 * all along and readiness comes up when the index is done. No timing is asserted:
 * readiness is waited for generously.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "hverdag.mongo.embedded.path=memory", "hverdag.seed.demo=true",
				"hverdag.rate-limits.enabled=false", "hverdag.search.build-at-start=background",
				"hverdag.seed.at-start=background", "hverdag.human-library.plan-at-start=background",
				"hverdag.activities.publish-at-start=background", "hverdag.signups.withdrawals-at-start=background" })
class SearchIndexInBackgroundTest {

	@LocalServerPort
	int port;

	@Test
	@DisplayName("a search right after start answers from the whole index; liveness up, readiness up once it is built")
	void searchRightAfterStart() throws InterruptedException {
		WebTestClient http = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.responseTimeout(Duration.ofMinutes(2))
			.build();

		long first = total(http);
		http.get().uri("/livez").exchange().expectStatus().isOk();

		long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
		while (http.get().uri("/readyz").exchange().returnResult(String.class).getStatus().value() != 200) {
			if (System.nanoTime() > deadline) {
				fail("/readyz did not report ready within 5 minutes of the first search");
			}
			Thread.sleep(100);
		}
		assertThat(first).as("hits of the first search, sent before readiness was checked").isPositive();
		assertThat(total(http)).as("hits once ready").isEqualTo(first);
		// Every seed ran before readiness: the demo's last library and its venues are
		// there.
		http.get().uri("/api/v1/libraries/seed-library-oslo").exchange().expectStatus().isOk();
		http.get().uri("/api/v1/venues/seed-venue-bodo-school").exchange().expectStatus().isOk();
	}

	private static long total(WebTestClient http) {
		Map<?, ?> body = http.get()
			.uri(uri -> uri.path("/api/v1/activities").queryParam("q", "språkkafé").build())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(body).isNotNull();
		assertThat(body.get("total")).isInstanceOf(Number.class);
		return ((Number) body.get("total")).longValue();
	}

}
