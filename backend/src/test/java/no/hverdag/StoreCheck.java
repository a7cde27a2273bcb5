package no.hverdag;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.h2.mvstore.MVStore;
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opens a copy of the embedded store file, as the application does, and checks the
 * invariants ADR 0002, 0006 and 0007 promise, straight on the documents.
 */
final class StoreCheck implements AutoCloseable {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private final MVStore store;

	private final MongoServer server;

	private final MongoClient client;

	private final MongoDatabase db;

	private StoreCheck(MVStore store) {
		this.store = store;
		this.server = new MongoServer(new H2Backend(store));
		this.server.bind("127.0.0.1", 0);
		InetSocketAddress address = this.server.getLocalAddress();
		this.client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
		this.db = this.client.getDatabase("hverdag");
	}

	static StoreCheck open(Path file) {
		return new StoreCheck(new MVStore.Builder().fileName(file.toString()).compress().open());
	}

	private List<Document> find(String collection, Bson filter) {
		return Flux.from(this.db.getCollection(collection).find(filter)).collectList().block(TIMEOUT);
	}

	/**
	 * Every acknowledged sign-up is there; an acknowledged cancel stays cancelled; one
	 * never cancelled still holds a place or waits; nothing is left half done.
	 */
	void signUps(String round, Set<String> acknowledged, Set<String> cancelAttempted, Set<String> cancelled) {
		Map<String, String> status = new HashMap<>();
		find("signups", Filters.in("_id", acknowledged))
			.forEach(d -> status.put(d.getString("_id"), d.getString("status")));
		CrashConsistencyTest.sameIds(round + ": acknowledged sign-ups in the store", status.keySet(), acknowledged);
		for (String id : acknowledged) {
			if (cancelled.contains(id)) {
				assertThat(status.get(id)).as("%s: acknowledged cancel of %s", round, id).isEqualTo("CANCELLED");
			}
			else if (!cancelAttempted.contains(id)) {
				assertThat(status.get(id)).as("%s: sign-up %s never cancelled", round, id).isIn("CONFIRMED", "WAITING");
			}
		}
		assertThat(find("signups", Filters.eq("status", "PENDING"))).as("%s: unfinished sign-ups", round).isEmpty();
		assertThat(find("signups", Filters.eq("unsettled", true))).as("%s: unsettled sign-ups", round).isEmpty();
	}

	/**
	 * Each occurrence's counts equal the holders they count, the holders are exactly its
	 * confirmed sign-ups, no place is free while someone waits, and waiting numbers are
	 * distinct.
	 */
	void occurrences(String round, List<String> occurrenceIds) {
		for (String id : occurrenceIds) {
			String what = round + ", " + id;
			Document occurrence = find("signup_occurrences", Filters.eq("_id", id)).stream()
				.findFirst()
				.orElseThrow(() -> new AssertionError(what + ": no occurrence document"));
			List<String> holders = occurrence.getList("holders", String.class);
			int capacity = occurrence.getInteger("capacity");
			assertThat(holders).as("%s: holders", what).doesNotHaveDuplicates();
			assertThat(occurrence.getInteger("taken")).as("%s: taken counts the holders", what)
				.isEqualTo(holders.size());
			assertThat(occurrence.getInteger("remaining")).as("%s: remaining = capacity - taken", what)
				.isEqualTo(capacity - holders.size())
				.isNotNegative();
			Set<String> confirmed = new HashSet<>();
			find("signups", Filters.and(Filters.eq("occurrenceId", id), Filters.eq("status", "CONFIRMED")))
				.forEach(d -> confirmed.add(d.getString("_id")));
			CrashConsistencyTest.sameIds(what + ": holders are the confirmed sign-ups", new HashSet<>(holders),
					confirmed);
			List<Long> waiting = find("signups",
					Filters.and(Filters.eq("occurrenceId", id), Filters.eq("status", "WAITING")))
				.stream()
				.map(d -> d.getLong("waitingNumber"))
				.toList();
			assertThat(waiting).as("%s: waiting numbers", what).doesNotContainNull().doesNotHaveDuplicates();
			if (!waiting.isEmpty()) {
				assertThat(capacity - holders.size()).as("%s: free places while %d wait", what, waiting.size())
					.isZero();
			}
		}
	}

	/**
	 * Every acknowledged booking is in its slot; each slot's count equals its bookings;
	 * every claim belongs to a booking, and every booking holds its claims.
	 */
	void bookingsAndClaims(String round, Set<String> acknowledged) {
		Set<String> references = new HashSet<>();
		for (Document slot : find("slots", Filters.exists("bookings.0"))) {
			List<Document> bookings = slot.getList("bookings", Document.class);
			int anonymous = slot.getInteger("anonymousBookings", 0);
			assertThat(slot.getInteger("remaining")).as("%s, slot %s: remaining", round, slot.getString("_id"))
				.isEqualTo(slot.getInteger("capacity") - bookings.size() - anonymous);
			bookings.forEach(b -> references.add(b.getString("reference")));
		}
		assertThat(references).as("%s: acknowledged bookings", round).containsAll(acknowledged);
		Set<String> claimHolders = new HashSet<>();
		find("contact_claims", new Document()).forEach(c -> claimHolders.add(c.getString("holder")));
		assertThat(references).as("%s: every claim has its booking", round).containsAll(claimHolders);
		assertThat(claimHolders).as("%s: every booking has its claims", round).containsAll(acknowledged);
	}

	/** Every acknowledged organisation is there, and every registrant is its member. */
	void organisations(String round, Map<String, String> acknowledged) {
		for (Map.Entry<String, String> registered : acknowledged.entrySet()) {
			assertThat(find("organisations", Filters.eq("_id", registered.getKey())))
				.as("%s: acknowledged organisation %s", round, registered.getKey())
				.hasSize(1);
		}
		for (Document organisation : find("organisations", Filters.exists("registeredBySubject"))) {
			String id = organisation.getString("_id");
			assertThat(organisation.getBoolean("memberPending")).as("%s, %s: registration finished", round, id)
				.isNotEqualTo(Boolean.TRUE);
			assertThat(find("role_assignments",
					Filters.and(Filters.eq("issuer", organisation.getString("registeredByIssuer")),
							Filters.eq("subject", organisation.getString("registeredBySubject")),
							Filters.eq("role", "ORGANISATION_MEMBER"), Filters.eq("scope", id))))
				.as("%s, %s: the registrant is a member", round, id)
				.hasSize(1);
		}
	}

	@Override
	public void close() {
		this.client.close();
		this.server.shutdownNow();
		this.store.close();
	}

}
