package no.hverdag.shared.mongo;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import ch.qos.logback.classic.Level;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * The victim process of {@link EmbeddedStoreCrashTest}'s group-commit case: opens the
 * store file given as the first argument as {@link EmbeddedMongoConfig} does, then runs
 * {@value #WRITERS} writers at once, each inserting {@code {_id: w * 1,000,000 + n,
 * writer: w, n, payload}} one at a time on its own connection and printing
 * {@code ACK w n} only after the driver has received the acknowledgement. Every 25
 * acknowledgements it prints {@code GROUP commits writes}: the store's commits so far and
 * the writes acknowledged through them, which shows the writers sharing commits. Each
 * writer resumes after its highest {@code n} in the file ({@code START w n}). It never
 * stops by itself: the test ends it with {@code kill -9}.
 */
final class ConcurrentStoreWriter {

	static final int WRITERS = 16;

	static final int PER_WRITER = 1_000_000;

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private ConcurrentStoreWriter() {
	}

	public static void main(String[] args) throws InterruptedException {
		((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
		PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)), false,
				StandardCharsets.UTF_8);

		MVStore store = new MVStore.Builder().fileName(Path.of(args[0]).toAbsolutePath().toString()).compress().open();
		String secret = ProcessOnlyBackend.newSecret();
		DurableH2Backend backend = new DurableH2Backend(store);
		MongoServer server = EmbeddedMongoConfig.start(backend, secret, 0);

		MongoClient client = MongoClients.create(EmbeddedMongoConfig.clientSettings(server, secret));
		MongoCollection<Document> collection = client.getDatabase(EmbeddedStoreWriter.DATABASE)
			.getCollection(EmbeddedStoreWriter.COLLECTION);

		int[] starts = new int[WRITERS];
		for (int w = 0; w < WRITERS; w++) {
			Document last = Mono.from(collection.find(Filters.eq("writer", w)).sort(Sorts.descending("_id")).first())
				.block(TIMEOUT);
			starts[w] = (last == null) ? 0 : last.getInteger("n") + 1;
		}
		synchronized (out) {
			for (int w = 0; w < WRITERS; w++) {
				out.println("START " + w + " " + starts[w]);
			}
			out.flush();
		}

		int[] acknowledged = { 0 };
		List<Thread> writers = new ArrayList<>();
		for (int w = 0; w < WRITERS; w++) {
			int writer = w;
			Thread thread = new Thread(() -> {
				for (int n = starts[writer];; n++) {
					Document document = new Document("_id", writer * PER_WRITER + n).append("writer", writer)
						.append("n", n)
						.append("payload", EmbeddedStoreWriter.payload(n));
					Mono.from(collection.insertOne(document)).block(TIMEOUT);
					synchronized (out) {
						out.println("ACK " + writer + " " + n);
						if (++acknowledged[0] % 25 == 0) {
							out.println("GROUP " + backend.commits().commits() + " " + backend.commits().writes());
						}
						out.flush();
					}
				}
			}, "writer-" + w);
			writers.add(thread);
			thread.start();
		}
		for (Thread thread : writers) {
			thread.join();
		}
	}

}
