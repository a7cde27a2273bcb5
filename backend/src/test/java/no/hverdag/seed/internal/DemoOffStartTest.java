package no.hverdag.seed.internal;

import java.time.Duration;

import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A real deployment's start: no demo ({@code hverdag.seed.demo} unset), the seeds'
 * default {@code background}. The demo seeds exist (decided at start, not by a bean
 * condition that Spring AOT would fix at build time) but write nothing, and readiness
 * comes up. No timing is asserted: readiness is waited for generously.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "hverdag.mongo.embedded.path=memory", "hverdag.rate-limits.enabled=false" })
class DemoOffStartTest {

	@LocalServerPort
	int port;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	DemoSeed demo;

	@Test
	@DisplayName("with the demo off, the seeds write no demo content and the node becomes ready")
	void noDemoAndReady() throws InterruptedException {
		WebTestClient http = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.responseTimeout(Duration.ofMinutes(2))
			.build();
		long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
		while (http.get().uri("/readyz").exchange().returnResult(String.class).getStatus().value() != 200) {
			if (System.nanoTime() > deadline) {
				fail("/readyz did not report ready within 5 minutes");
			}
			Thread.sleep(100);
		}
		assertThat(this.demo.isRunning()).as("the demo seed step is done").isTrue();
		for (String mark : new String[] { "demo-seed", "booking-demo-seed", "buddy-demo-seed" }) {
			assertThat(this.mongo.findById(mark, Document.class, "startup_marks").block()).as(mark).isNull();
		}
		http.get().uri("/api/v1/libraries/seed-library-oslo").exchange().expectStatus().isNotFound();
		http.get().uri("/api/v1/venues/seed-venue-bodo-school").exchange().expectStatus().isNotFound();
	}

}
