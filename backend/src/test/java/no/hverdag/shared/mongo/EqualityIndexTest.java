package no.hverdag.shared.mongo;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded store's non-unique indexes answer exactly as a scan does: the same
 * documents, in the same order, through inserts, updates (also of the indexed field, also
 * to arrays and other types) and deletes, before and after their first use, and after the
 * store is opened again. A sparse one also answers ranges, {@code $exists} and flags from
 * the few documents that hold its field, and an {@code $or} whose every branch an index
 * narrows is answered from their union.
 */
@DisplayName("The embedded store's non-unique indexes")
class EqualityIndexTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static final List<String> KEYS = List.of("a", "b", "c", "d", "e");

	/** A selective field: each value is held by about one document in thirty. */
	private static final int GROUPS = 30;

	private static final String ONE = ProcessOnlyBackend.newSecret();

	private static final String TWO = ProcessOnlyBackend.newSecret();

	@TempDir
	Path dir;

	@Test
	@DisplayName("find, count, update and delete by an indexed field give what a scan of the same data gives")
	void sameAnswersAsAScan() {
		Path file = this.dir.resolve("store.mv");
		Random random = new Random(42);
		MongoServer server = EmbeddedMongoConfig.start(new MVStore.Builder().fileName(file.toString()).open(), ONE);
		try (MongoClient client = MongoClients.create(EmbeddedMongoConfig.clientSettings(server, ONE))) {
			MongoCollection<Document> indexed = client.getDatabase("equality").getCollection("indexed");
			MongoCollection<Document> scanned = client.getDatabase("equality").getCollection("scanned");
			Mono.from(indexed.createIndex(Indexes.ascending("k", "n"))).block(TIMEOUT);
			Mono.from(indexed.createIndex(Indexes.ascending("tag"), new IndexOptions().unique(true).sparse(true)))
				.block(TIMEOUT);
			Mono.from(indexed.createIndex(Indexes.ascending("since"), new IndexOptions().sparse(true))).block(TIMEOUT);
			Mono.from(indexed.createIndex(Indexes.ascending("group"))).block(TIMEOUT);
			for (int round = 0; round < 12; round++) {
				for (int i = 0; i < 40; i++) {
					Document document = randomDocument(random, round * 100 + i);
					Mono.from(indexed.insertOne(new Document(document))).block(TIMEOUT);
					Mono.from(scanned.insertOne(new Document(document))).block(TIMEOUT);
				}
				for (int i = 0; i < 15; i++) {
					Bson filter = randomFilter(random);
					Bson update = switch (random.nextInt(4)) {
						case 0 -> Updates.set("since", randomSince(random));
						case 1 -> Updates.unset("since");
						default -> Updates.set("k", randomValue(random));
					};
					if (random.nextBoolean()) {
						Mono.from(indexed.updateMany(filter, update)).block(TIMEOUT);
						Mono.from(scanned.updateMany(filter, update)).block(TIMEOUT);
					}
					else {
						Mono.from(indexed.findOneAndUpdate(filter, Updates.inc("n", 1))).block(TIMEOUT);
						Mono.from(scanned.findOneAndUpdate(filter, Updates.inc("n", 1))).block(TIMEOUT);
					}
				}
				Bson gone = randomFilter(random);
				Mono.from(indexed.deleteMany(gone)).block(TIMEOUT);
				Mono.from(scanned.deleteMany(gone)).block(TIMEOUT);
				compare(indexed, scanned, random);
			}
			assertThat(keysIn(client, "k_1_n_1")).as("the index was built and answered").isPositive();
			assertThat(keysIn(client, "since_1")).as("the sparse index was built and answered").isPositive();
		}
		finally {
			server.shutdown();
		}

		// Opened again: the index is declared from the file and built on first use.
		MongoServer again = EmbeddedMongoConfig.start(new MVStore.Builder().fileName(file.toString()).open(), TWO);
		try (MongoClient client = MongoClients.create(EmbeddedMongoConfig.clientSettings(again, TWO))) {
			MongoCollection<Document> indexed = client.getDatabase("equality").getCollection("indexed");
			MongoCollection<Document> scanned = client.getDatabase("equality").getCollection("scanned");
			Mono.from(indexed.createIndex(Indexes.ascending("k", "n"))).block(TIMEOUT);
			compare(indexed, scanned, random);
			Mono.from(indexed.deleteMany(Filters.eq("k", "a"))).block(TIMEOUT);
			Mono.from(scanned.deleteMany(Filters.eq("k", "a"))).block(TIMEOUT);
			compare(indexed, scanned, random);
			assertThat(Mono.from(indexed.countDocuments(Filters.eq("k", "a"))).block(TIMEOUT)).isZero();
		}
		finally {
			again.shutdown();
		}
	}

	private static void compare(MongoCollection<Document> indexed, MongoCollection<Document> scanned, Random random) {
		for (int i = 0; i < 20; i++) {
			Bson filter = randomFilter(random);
			assertThat(ids(indexed, filter)).as("find %s", filter).isEqualTo(ids(scanned, filter));
			assertThat(Mono.from(indexed.countDocuments(filter)).block(TIMEOUT)).as("count %s", filter)
				.isEqualTo(Mono.from(scanned.countDocuments(filter)).block(TIMEOUT));
			assertThat(firstBySort(indexed, filter)).as("first by n %s", filter)
				.isEqualTo(firstBySort(scanned, filter));
		}
	}

	/** How many keys the index holds now (the validate command's count; 0 until used). */
	private static long keysIn(MongoClient client, String index) {
		Document validated = Mono.from(client.getDatabase("equality").runCommand(new Document("validate", "indexed")))
			.block(TIMEOUT);
		return ((Number) validated.get("keysPerIndex", Document.class).get(index)).longValue();
	}

	private static List<Object> ids(MongoCollection<Document> collection, Bson filter) {
		return Flux.from(collection.find(filter)).map(d -> d.get("_id")).collectList().block(TIMEOUT);
	}

	private static Object firstBySort(MongoCollection<Document> collection, Bson filter) {
		return Mono.from(collection.find(filter).sort(Sorts.ascending("n", "_id")).first())
			.map(d -> d.get("_id"))
			.defaultIfEmpty("none")
			.block(TIMEOUT);
	}

	private static Document randomDocument(Random random, int number) {
		Document document = new Document("_id", "doc-" + number).append("n", random.nextInt(5));
		if (random.nextInt(10) > 0) {
			document.append("k", randomValue(random));
		}
		if (random.nextInt(4) == 0) {
			document.append("tag", "tag-" + number);
		}
		document.append("flag", random.nextBoolean());
		document.append("group", "group-" + random.nextInt(GROUPS));
		if (random.nextInt(8) == 0) {
			document.append("since", randomSince(random));
		}
		return document;
	}

	/** What a sparse field holds: mostly a number, sometimes a flag or null. */
	private static Object randomSince(Random random) {
		int kind = random.nextInt(10);
		return (kind < 7) ? random.nextInt(6) : (kind < 9) ? Boolean.TRUE : null;
	}

	/** Mostly texts, sometimes an array of them, a number or null. */
	private static Object randomValue(Random random) {
		int kind = random.nextInt(10);
		if (kind < 7) {
			return KEYS.get(random.nextInt(KEYS.size()));
		}
		if (kind < 9) {
			return List.of(KEYS.get(random.nextInt(KEYS.size())), KEYS.get(random.nextInt(KEYS.size())));
		}
		return (kind == 9 && random.nextBoolean()) ? 7 : null;
	}

	private static Bson randomFilter(Random random) {
		String key = KEYS.get(random.nextInt(KEYS.size()));
		int since = random.nextInt(6);
		String group = "group-" + random.nextInt(GROUPS);
		return switch (random.nextInt(16)) {
			case 12 -> Filters.or(Filters.and(Filters.eq("k", key), Filters.eq("flag", true)),
					Filters.eq("tag", "tag-" + random.nextInt(1200)));
			case 14 -> Filters.or(Filters.eq("group", group), Filters.eq("group", "group-" + random.nextInt(GROUPS)),
					Filters.eq("tag", "tag-" + random.nextInt(1200)));
			case 15 -> Filters.and(Filters.or(Filters.lt("since", since), Filters.eq("group", group)),
					Filters.eq("flag", true));
			case 13 -> Filters.and(Filters.or(Filters.eq("k", key), Filters.eq("flag", true)), Filters.lt("n", 3));
			case 6 -> Filters.lt("since", since);
			case 7 -> Filters.and(Filters.gte("since", since), Filters.eq("flag", true));
			case 8 -> Filters.exists("since");
			case 9 -> Filters.eq("since", true);
			case 10 -> Filters.and(Filters.exists("since"),
					Filters.or(Filters.eq("flag", true), Filters.in("since", since, since + 1)));
			case 11 -> Filters.in("since", since, since + 1);
			case 0 -> Filters.eq("k", key);
			case 1 -> Filters.and(Filters.eq("k", key), Filters.eq("flag", true));
			case 2 -> Filters.and(Filters.in("k", key, KEYS.get(random.nextInt(KEYS.size()))), Filters.lt("n", 3));
			case 3 -> Filters.and(Filters.eq("k", key), Filters.nin("_id", new ArrayList<>(List.of("doc-1", "doc-2"))));
			case 4 -> Filters.and(Filters.eq("tag", "tag-" + random.nextInt(1200)), Filters.eq("flag", true));
			default -> Filters.and(Filters.eq("k", key), Filters.gte("n", 1));
		};
	}

}
