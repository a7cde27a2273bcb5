package no.hverdag.shared.mongo;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Queries that name an {@code _id} with further conditions are looked up by id and give
 * the same answers a scan gave; a store file written by the plain H2 backend reads as
 * before.
 */
@DisplayName("The embedded store's look-up by _id")
class IdLookupH2DatabaseTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	@TempDir
	Path dir;

	@Test
	@DisplayName("a conditional update by _id takes only while its condition holds, and $in with a condition matches only what it should")
	void conditionsStillApply() {
		String secret = ProcessOnlyBackend.newSecret();
		MongoServer server = EmbeddedMongoConfig.start(MVStore.open(null), secret);
		try (MongoClient client = MongoClients.create(EmbeddedMongoConfig.clientSettings(server, secret))) {
			MongoCollection<Document> slots = client.getDatabase("lookup").getCollection("slots");
			Mono.from(slots.insertMany(List.of(new Document("_id", "a").append("remaining", 1).append("holder", "h"),
					new Document("_id", "b").append("remaining", 0).append("holder", "h"),
					new Document("_id", "c").append("remaining", 1).append("holder", "other"),
					new Document("_id", 7).append("remaining", 1).append("holder", "h"))))
				.block(TIMEOUT);

			FindOneAndUpdateOptions returnNew = new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER);
			Document taken = Mono.from(slots.findOneAndUpdate(
					Filters.and(Filters.eq("_id", "a"), Filters.gt("remaining", 0), Filters.ne("cancelled", true)),
					Updates.inc("remaining", -1), returnNew))
				.block(TIMEOUT);
			assertThat(taken).isNotNull();
			assertThat(taken.getInteger("remaining")).isZero();
			Document again = Mono.from(slots.findOneAndUpdate(
					Filters.and(Filters.eq("_id", "a"), Filters.gt("remaining", 0), Filters.ne("cancelled", true)),
					Updates.inc("remaining", -1), returnNew))
				.block(TIMEOUT);
			assertThat(again).as("no place left: the condition refuses").isNull();
			assertThat(Mono.from(slots.find(Filters.and(Filters.eq("_id", 7), Filters.eq("holder", "h"))).first())
				.block(TIMEOUT)).isNotNull();
			assertThat(
					Mono.from(slots.find(Filters.and(Filters.eq("_id", "missing"), Filters.eq("holder", "h"))).first())
						.block(TIMEOUT))
				.isNull();

			List<Object> ids = Flux
				.from(slots.find(Filters.and(Filters.in("_id", "a", "b", "c", "missing"), Filters.eq("holder", "h")))
					.sort(Sorts.ascending("_id")))
				.map(d -> d.get("_id"))
				.collectList()
				.block(TIMEOUT);
			assertThat(ids).containsExactly("a", "b");

			long deleted = Mono
				.from(slots.deleteMany(Filters.and(Filters.in("_id", "a", "c"), Filters.eq("holder", "other"))))
				.block(TIMEOUT)
				.getDeletedCount();
			assertThat(deleted).isEqualTo(1);
			assertThat(Mono.from(slots.countDocuments()).block(TIMEOUT)).isEqualTo(3);
		}
		finally {
			server.shutdown();
		}
	}

	@Test
	@DisplayName("reads a store file written by mongo-java-server's own H2 backend")
	void readsFilesOfThePlainBackend() {
		Path file = this.dir.resolve("plain.mv");
		H2Backend plain = new H2Backend(new MVStore.Builder().fileName(file.toString()).compress().open());
		MongoServer before = new MongoServer(plain);
		before.bind("127.0.0.1", 0);
		try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + before.getLocalAddress().getPort())) {
			Mono.from(client.getDatabase("lookup")
				.getCollection("slots")
				.insertMany(List.of(new Document("_id", "a").append("remaining", 2), new Document("_id", "b"))))
				.block(TIMEOUT);
		}
		finally {
			before.shutdown();
		}

		MVStore store = new MVStore.Builder().fileName(file.toString()).compress().open();
		String secret = ProcessOnlyBackend.newSecret();
		MongoServer server = EmbeddedMongoConfig.start(store, secret);
		try (MongoClient client = MongoClients.create(EmbeddedMongoConfig.clientSettings(server, secret))) {
			MongoCollection<Document> slots = client.getDatabase("lookup").getCollection("slots");
			assertThat(Mono.from(slots.countDocuments()).block(TIMEOUT)).isEqualTo(2);
			assertThat(Mono.from(slots.find(Filters.and(Filters.eq("_id", "a"), Filters.gt("remaining", 1))).first())
				.block(TIMEOUT)).isNotNull();
		}
		finally {
			server.shutdown();
		}
	}

}
