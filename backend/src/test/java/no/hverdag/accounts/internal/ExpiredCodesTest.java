package no.hverdag.accounts.internal;

import java.time.Clock;
import java.time.Duration;

import no.hverdag.support.HverdagIntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * Issue 10, finding 5: sign-in codes are deleted after their ten minutes on the embedded
 * store too, which ignores TTL indexes.
 */
@HverdagIntegrationTest
class ExpiredCodesTest {

	@Autowired
	WebTestClient client;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	OneTimeCodes codes;

	@Autowired
	Clock clock;

	@Test
	@DisplayName("a code is kept while valid and deleted once its ten minutes are over")
	void expiredCodesGo() {
		String email = "expiring" + System.nanoTime() + "@example.no";
		this.client.mutateWith(csrf())
			.post()
			.uri("/login/code/request")
			.body(BodyInserters.fromFormData("username", email))
			.exchange()
			.expectStatus()
			.isFound();
		assertThat(stored(email)).isOne();

		this.codes.deleteExpired(this.clock.instant().plus(Duration.ofMinutes(9))).block(Duration.ofSeconds(30));
		assertThat(stored(email)).as("after nine minutes").isOne();

		this.codes.deleteExpired(this.clock.instant().plus(Duration.ofMinutes(10))).block(Duration.ofSeconds(30));
		assertThat(stored(email)).as("after ten minutes").isZero();
	}

	private long stored(String email) {
		return this.mongo.count(Query.query(Criteria.where("username").is(email)), OneTimeCodeDocument.class).block();
	}

}
