package no.hverdag.buddies;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import no.hverdag.buddies.internal.BuddyStore;
import no.hverdag.support.HverdagIntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static no.hverdag.support.Requests.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * After the retention period a pairing that ended as friends keeps only its counts: both
 * enrolments are gone, the pairing names nobody, and its ending is still counted.
 */
@HverdagIntegrationTest
class BuddyRetentionTest {

	@Autowired
	WebTestClient client;

	@Autowired
	BuddyStore store;

	@Autowired
	Clock clock;

	@Autowired
	org.springframework.data.mongodb.core.ReactiveMongoTemplate mongo;

	@Autowired
	no.hverdag.buddies.internal.BuddyMessages messages;

	@Test
	@DisplayName("a year after a pair became friends, only anonymous counts remain")
	void anonymousCountsAfterRetention() {
		BuddyFixture fixture = new BuddyFixture(this.client, this.mongo, this.store, this.messages, this.clock,
				"retention-" + System.nanoTime());
		String active = fixture.activePairing;
		signedIn(this.client, fixture.activeNewcomer).post()
			.uri("/api/v1/buddies/pairings/{id}/ending", active)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("ending", "FRIENDS"))
			.exchange()
			.expectStatus()
			.isOk();

		BuddyRetention early = new BuddyRetention(this.store, this.clock, Duration.ofDays(365));
		early.run().block();
		assertThat(enrolments(fixture.activeNewcomer)).hasSize(1);

		Clock later = Clock.offset(this.clock, Duration.ofDays(400));
		assertThat(new BuddyRetention(this.store, later, Duration.ofDays(365)).run().block()).isPositive();
		assertThat(enrolments(fixture.activeNewcomer)).isEmpty();
		Pairing kept = this.store.roundWithPairing(active)
			.map(round -> round.pairings().stream().filter(p -> p.id().equals(active)).findFirst().orElseThrow())
			.block();
		assertThat(kept.newcomerId()).isEqualTo(Pairing.ANONYMOUS);
		assertThat(kept.localId()).isEqualTo(Pairing.ANONYMOUS);
		assertThat(kept.reasons()).isEmpty();
		assertThat(kept.checkIns()).isEmpty();
		assertThat(kept.ending()).isEqualTo(Ending.FRIENDS);
		assertThat(new BuddyRetention(this.store, later, Duration.ofDays(365)).run().block())
			.as("a second run finds nothing more")
			.isZero();
	}

	private List<?> enrolments(String subject) {
		return signedIn(this.client, subject).get()
			.uri("/api/v1/buddies/enrolments/mine")
			.exchange()
			.expectBodyList(Map.class)
			.returnResult()
			.getResponseBody();
	}

}
