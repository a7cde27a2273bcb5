package no.hverdag.buddies.internal;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import no.hverdag.buddies.Answer;
import no.hverdag.buddies.Matchmaker;
import no.hverdag.buddies.Pairing;
import no.hverdag.buddies.PairingStatus;
import no.hverdag.buddies.Proposal;
import no.hverdag.buddies.Reason;
import no.hverdag.buddies.Side;
import no.hverdag.buddies.Weights;
import no.hverdag.shared.security.Actor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The round document's conditional updates on the embedded store, read back: a draft
 * publishes once at its version, each side answers once, and the answer lands in the
 * right pairing.
 */
class BuddyStoreTest {

	static MongoServer server;

	static MongoClient client;

	static BuddyStore store;

	static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");

	@BeforeAll
	static void start() {
		server = new MongoServer(new MemoryBackend());
		server.bind("127.0.0.1", 0);
		InetSocketAddress address = server.getLocalAddress();
		client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
		store = new BuddyStore(new ReactiveMongoTemplate(client, "buddies"));
		store.createIndexes().block();
	}

	@AfterAll
	static void stop() {
		client.close();
		server.shutdown();
	}

	@Test
	@DisplayName("publish once at the version looked at; answers land once, in the right pairing")
	void publishAndAnswer() {
		Proposal first = new Proposal("n1", "l1", 300, List.of(Reason.of(Reason.SHARED_LANGUAGE, "en")), false);
		Proposal second = new Proposal("n2", "l2", 200, List.of(), false);
		RoundDocument draft = RoundDocument.draft("r1", "p1", new Actor("iss", "coord", "C"),
				new Matchmaker.Plan(Weights.DEFAULT, Set.of(), Set.of()),
				new Matchmaker.Outcome(List.of(first, second), List.of(), List.of()), NOW);
		store.insert(draft).block();
		Instant by = NOW.plusSeconds(7 * 86_400);
		List<Pairing> pairings = List.of(Pairing.proposed("a", first, by), Pairing.proposed("b", second, by));

		assertThat(store.publish("r1", 1, pairings, NOW).block()).isFalse();
		assertThat(store.publish("r1", 0, pairings, NOW).block()).isTrue();
		assertThat(store.publish("r1", 0, pairings, NOW).block()).isFalse();

		assertThat(store.answer("r1", 1, "b", Side.LOCAL, Answer.YES, NOW).block()).isTrue();
		assertThat(store.answer("r1", 1, "b", Side.LOCAL, Answer.NO, NOW).block()).isFalse();
		assertThat(store.answer("r1", 1, "b", Side.NEWCOMER, Answer.YES, NOW.plusSeconds(5)).block()).isTrue();

		RoundDocument read = store.roundWithPairing("b").block();
		assertThat(read.status()).isEqualTo(RoundDocument.PUBLISHED);
		Pairing a = read.pairings().get(0);
		Pairing b = read.pairings().get(1);
		assertThat(a.newcomerAnswer()).isNull();
		assertThat(a.reasons()).containsExactly(Reason.of(Reason.SHARED_LANGUAGE, "en"));
		assertThat(b.status(NOW.plusSeconds(10))).isEqualTo(PairingStatus.ACTIVE);
		assertThat(b.activeSince()).contains(NOW.plusSeconds(5));

		assertThat(store.markFollowUp("r1", 1, "b", 0, 1, "h1", "h2").block()).isTrue();
		assertThat(store.markFollowUp("r1", 1, "b", 0, 1, "h3", "h4").block()).isFalse();
		assertThat(store.roundWithCheckInHash("h2").block().id()).isEqualTo("r1");
		assertThat(store.answer("r1", 0, "b", Side.LOCAL, Answer.YES, NOW).block())
			.as("an index that holds another pairing changes nothing")
			.isFalse();
	}

}
