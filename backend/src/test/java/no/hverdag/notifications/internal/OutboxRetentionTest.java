package no.hverdag.notifications.internal;

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
 * Issue 10, finding 6: delivered messages (names, contact points, sign-in links) leave
 * the outbox two days after delivery.
 */
@HverdagIntegrationTest
class OutboxRetentionTest {

	@Autowired
	WebTestClient client;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	OutboxRetention retention;

	@Autowired
	Clock clock;

	@Test
	@DisplayName("a delivered message stays two days, then it is deleted")
	void deliveredMessagesGo() {
		String email = "outbox" + System.nanoTime() + "@example.no";
		this.client.mutateWith(csrf())
			.post()
			.uri("/login/code/request")
			.body(BodyInserters.fromFormData("username", email))
			.exchange()
			.expectStatus()
			.isFound();
		assertThat(messagesTo(email)).isOne();

		this.retention.deleteDeliveredBefore(this.clock.instant().plus(Duration.ofDays(1)))
			.block(Duration.ofSeconds(30));
		assertThat(messagesTo(email)).as("a day later").isOne();

		this.retention.deleteDeliveredBefore(this.clock.instant().plus(Duration.ofDays(2)).plusSeconds(1))
			.block(Duration.ofSeconds(30));
		assertThat(messagesTo(email)).as("two days later").isZero();
	}

	private long messagesTo(String recipient) {
		return this.mongo.count(Query.query(Criteria.where("recipient").is(recipient)), OutboxMessage.class).block();
	}

}
