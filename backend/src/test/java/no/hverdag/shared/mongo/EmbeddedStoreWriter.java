package no.hverdag.shared.mongo;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import ch.qos.logback.classic.Level;
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
 * The victim process of {@link EmbeddedStoreCrashTest}: opens the store file given as the
 * first argument exactly as {@link EmbeddedMongoConfig} does, then inserts {@code {_id:
 * i, payload}} one at a time, forever, printing {@code ACK i} (and flushing) only after
 * the driver has received the server's acknowledgement. It resumes after the highest
 * {@code _id} already in the file, printing {@code START i} first, so that the same file
 * can be crashed again and again. It never stops by itself: the test ends it with
 * {@code kill -9}.
 */
final class EmbeddedStoreWriter {

	static final String DATABASE = "crashtest";

	static final String COLLECTION = "writes";

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private EmbeddedStoreWriter() {
	}

	static String payload(int id) {
		return "booking " + id + " " + "x".repeat(200);
	}

	public static void main(String[] args) {
		// Without a logback.xml on the class path logback logs everything at DEBUG to
		// stdout.
		((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
		PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)), false,
				StandardCharsets.UTF_8);

		// The same lines as EmbeddedMongoConfig.embeddedStore.
		MVStore store = new MVStore.Builder().fileName(Path.of(args[0]).toAbsolutePath().toString()).compress().open();
		String secret = ProcessOnlyBackend.newSecret();
		MongoServer server = EmbeddedMongoConfig.start(store, secret);

		MongoClient client = MongoClients.create(EmbeddedMongoConfig.clientSettings(server, secret));
		MongoCollection<Document> collection = client.getDatabase(DATABASE).getCollection(COLLECTION);

		Document last = Mono.from(collection.find().sort(Sorts.descending("_id")).first()).block(TIMEOUT);
		int start = (last == null) ? 0 : last.getInteger("_id") + 1;
		out.println("START " + start);
		out.flush();

		for (int id = start;; id++) {
			Mono.from(collection.insertOne(new Document("_id", id).append("payload", payload(id)))).block(TIMEOUT);
			out.println("ACK " + id);
			out.flush(); // one write(2) of the whole line
		}
	}

}
