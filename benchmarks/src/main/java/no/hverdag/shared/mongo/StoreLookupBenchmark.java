package no.hverdag.shared.mongo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What the sign-ups' look-ups cost on the embedded store as the collection grows: a
 * collection shaped like {@code signups} (the same indexes), filled with {@code count}
 * sign-ups over occurrences of ten each, then the queries the sign-up, cancel and
 * waiting-list paths and the minutely recovery make, each timed over many different keys.
 * Prints the median and the 95th percentile per query.
 *
 * <pre>
 * java -Xmx1g -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
 *   no.hverdag.shared.mongo.StoreLookupBenchmark 1000 10000 100000
 * </pre>
 */
public final class StoreLookupBenchmark {

	private static final Duration TIMEOUT = Duration.ofMinutes(5);

	private StoreLookupBenchmark() {
	}

	public static void main(String[] args) {
		int[] counts = args.length == 0 ? new int[] { 1_000, 10_000, 100_000 }
				: Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
		System.out.printf("| sign-ups | query | median ms | p95 ms |%n|---:|---|---:|---:|%n");
		for (int count : counts) {
			run(count);
		}
	}

	private static void run(int count) {
		String secret = ProcessOnlyBackend.newSecret();
		// On a file, as a node runs (-Dfile=false: in memory, where nothing is decoded).
		MVStore store = Boolean.parseBoolean(System.getProperty("file", "true")) ? fileStore() : MVStore.open(null);
		MongoServer server = EmbeddedMongoConfig.start(store, secret);
		try (MongoClient client = MongoClients.create(EmbeddedMongoConfig.clientSettings(server, secret))) {
			MongoCollection<Document> signUps = client.getDatabase("bench").getCollection("signups");
			Mono.from(signUps.createIndex(Indexes.ascending("activeKey"), new IndexOptions().unique(true).sparse(true)))
				.block(TIMEOUT);
			Mono.from(signUps.createIndex(Indexes.ascending("tokenHash"), new IndexOptions().unique(true)))
				.block(TIMEOUT);
			Mono.from(signUps.createIndex(Indexes.ascending("occurrenceId", "status", "waitingNumber"))).block(TIMEOUT);
			Mono.from(signUps.createIndex(Indexes.ascending("date", "status"))).block(TIMEOUT);
			Mono.from(signUps.createIndex(Indexes.ascending("ownerSubject", "ownerIssuer"))).block(TIMEOUT);
			Mono.from(signUps.createIndex(Indexes.ascending("activityId"))).block(TIMEOUT);
			Mono.from(signUps.createIndex(Indexes.ascending("unsettled"), new IndexOptions().sparse(true)))
				.block(TIMEOUT);
			// -Dstatus=false: without the status index (as before the recovery asked by
			// it).
			if (Boolean.parseBoolean(System.getProperty("status", "true"))) {
				Mono.from(signUps.createIndex(Indexes.ascending("status"))).block(TIMEOUT);
			}
			Mono.from(signUps.createIndex(Indexes.ascending("contact"))).block(TIMEOUT);
			int occurrences = Math.max(1, count / 10);
			List<Document> batch = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				int occurrence = i % occurrences;
				boolean waiting = i % 10 >= 8;
				// A few a request left half-done (PENDING) or whose occurrence is still
				// to
				// settle, as the minutely recovery finds them.
				boolean pending = i % 5_000 == 4_999;
				Document signUp = new Document("_id", UUID.randomUUID().toString());
				if (i % 2_000 == 1_999) {
					signUp.append("unsettled", true);
				}
				batch.add(signUp.append("occurrenceId", "occ-" + occurrence)
					.append("activityId", "act-" + (occurrence % 500))
					.append("date", "2026-12-" + String.format("%02d", 1 + occurrence % 28))
					.append("status", pending ? "PENDING" : waiting ? "WAITING" : "CONFIRMED")
					.append("waitingNumber", waiting ? (long) (i % 10 - 7) : null)
					.append("activeKey", "occ-" + occurrence + "|person" + i + "@example.org")
					.append("tokenHash", "hash-" + i)
					.append("firstName", "Person " + i)
					.append("contact", "person" + i + "@example.org")
					.append("ownerIssuer", "https://id.example.org")
					.append("ownerSubject", "subject-" + (i % (count / 3 + 1)))
					.append("signedUpAt", new java.util.Date()));
				if (batch.size() == 1_000) {
					Mono.from(signUps.insertMany(batch)).block(TIMEOUT);
					batch.clear();
				}
			}
			if (!batch.isEmpty()) {
				Mono.from(signUps.insertMany(batch)).block(TIMEOUT);
			}
			long heapBefore = usedHeapAfterGc();
			int rounds = 60;
			time(count, "first waiting of an occurrence (waiting list)", rounds,
					i -> Mono.from(signUps
						.find(Filters.and(Filters.eq("occurrenceId", "occ-" + (i * 7 % occurrences)),
								Filters.eq("status", "WAITING"), Filters.nin("_id", List.of("x"))))
						.sort(Sorts.ascending("waitingNumber"))
						.first()));
			time(count, "how many wait before (count)", rounds,
					i -> Mono.from(signUps
						.countDocuments(Filters.and(Filters.eq("occurrenceId", "occ-" + (i * 11 % occurrences)),
								Filters.eq("status", "WAITING"), Filters.lt("waitingNumber", 2L)))));
			time(count, "how many wait before (their ids counted, as SignUpStore does)", rounds,
					i -> Flux.from(signUps
						.find(Filters.and(Filters.eq("occurrenceId", "occ-" + (i * 11 % occurrences)),
								Filters.eq("status", "WAITING"), Filters.lt("waitingNumber", 2L)))
						.projection(new Document("_id", 1))).count());
			time(count, "cancel by token (conditional update)", rounds,
					i -> Mono.from(signUps.findOneAndUpdate(
							Filters.and(Filters.eq("tokenHash", "hash-" + (i * 13 % count)),
									Filters.in("status", "CONFIRMED", "WAITING")),
							Updates.set("remindedAt", new java.util.Date()),
							new FindOneAndUpdateOptions().returnDocument(ReturnDocument.BEFORE))));
			time(count, "a person's sign-ups (owner)", rounds,
					i -> Flux.from(signUps.find(Filters.and(Filters.eq("ownerIssuer", "https://id.example.org"),
							Filters.eq("ownerSubject", "subject-" + (i * 17 % (count / 3 + 1))))))
						.collectList());
			time(count, "a person's sign-ups, signed in with a one-time code (theirs, or by their contact)", rounds,
					i -> Flux.from(
							signUps.find(Filters.and(
									Filters.or(
											Filters.and(Filters.eq("ownerIssuer", "https://id.example.org"),
													Filters.eq("ownerSubject",
															"subject-" + (i * 17 % (count / 3 + 1)))),
											Filters.eq("contact", "person" + (i * 19 % count) + "@example.org")),
									Filters.ne("status", "PENDING"))))
						.collectList());
			time(count, "recovery: PENDING begun before now (every minute)", rounds,
					i -> Flux
						.from(signUps.find(Filters.and(Filters.eq("status", "PENDING"),
								Filters.lt("signedUpAt", new java.util.Date(System.currentTimeMillis() + 60_000)))))
						.collectList());
			time(count, "recovery: unsettled before now (every minute)", rounds,
					i -> Flux
						.from(signUps.find(Filters.and(Filters.eq("unsettled", true),
								Filters.lt("signedUpAt", new java.util.Date(System.currentTimeMillis() + 60_000)))))
						.collectList());
			time(count, "by id (reference)", rounds,
					i -> Mono.from(signUps.find(Filters.eq("_id", "missing-" + i)).first())
						.defaultIfEmpty(new Document()));
			// What the indexes the queries above built hold on the heap (ADR 0028).
			System.out.printf("| %,d | heap held by the indexes built on first use | %.1f MiB | |%n", count,
					(usedHeapAfterGc() - heapBefore) / (1024.0 * 1024));
		}
		finally {
			server.shutdown();
		}
	}

	private static long usedHeapAfterGc() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}

	private static MVStore fileStore() {
		try {
			java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("store-lookup");
			dir.toFile().deleteOnExit();
			java.nio.file.Path file = dir.resolve("bench.mv");
			file.toFile().deleteOnExit();
			return new MVStore.Builder().fileName(file.toString()).compress().open();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static void time(int count, String name, int rounds, java.util.function.IntFunction<Mono<?>> query) {
		for (int i = 0; i < 5; i++) {
			query.apply(i).block(TIMEOUT);
		}
		long[] nanos = new long[rounds];
		for (int i = 0; i < rounds; i++) {
			long start = System.nanoTime();
			query.apply(i + 5).block(TIMEOUT);
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		System.out.printf("| %,d | %s | %.2f | %.2f |%n", count, name, nanos[rounds / 2] / 1e6,
				nanos[(int) (rounds * 0.95)] / 1e6);
	}

}
