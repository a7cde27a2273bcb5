package no.hverdag.shared.mongo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Kills a real process with SIGKILL while it is writing to the embedded store, then
 * reopens the file and looks for every write whose acknowledgement the writer had already
 * seen.
 */
@DisplayName("The embedded MongoDB store")
@EnabledOnOs({ OS.LINUX, OS.MAC })
class EmbeddedStoreCrashTest {

	/** Acknowledged inserts to wait for before each kill. */
	private static final int ACKS_BEFORE_KILL = 300;

	private static final int CRASHES = 3;

	/**
	 * Generous: JVM start, driver connect and 300 synced inserts on a slow two-core
	 * machine.
	 */
	private static final Duration WRITER_TIMEOUT = Duration.ofSeconds(90);

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	/**
	 * What a process killed by signal 9 reports as exit value on Linux and macOS (128 +
	 * 9).
	 */
	private static final int EXIT_VALUE_OF_SIGKILL = 137;

	@TempDir
	Path dir;

	@Test
	@Timeout(value = 10, unit = TimeUnit.MINUTES)
	@DisplayName("keeps every acknowledged write and stays readable through repeated kill -9 of its process")
	void keepsEveryAcknowledgedWriteThroughRepeatedKills() throws Exception {
		Path file = this.dir.resolve("hverdag.mv");
		int stored = 0;
		for (int crash = 1; crash <= CRASHES; crash++) {
			String name = "crash " + crash;
			KilledRun run = runWriterUntilKilled(file, name);
			assertThat(run.start()).as("%s: the writer resumes after the %d documents in the file", name, stored)
				.isEqualTo(stored);
			assertThat(run.lastAck()).as("%s: highest acknowledged _id", name)
				.isGreaterThanOrEqualTo(stored + ACKS_BEFORE_KILL - 1);
			stored = reopenAndCheck(file, run.lastAck(), name);
		}
	}

	@Test
	@Timeout(value = 10, unit = TimeUnit.MINUTES)
	@DisplayName("keeps every acknowledged write of sixteen writers that share commits, through repeated kill -9")
	void keepsEveryAcknowledgedWriteOfConcurrentWritersSharingCommits() throws Exception {
		Path file = this.dir.resolve("group.mv");
		int[] stored = new int[ConcurrentStoreWriter.WRITERS];
		for (int crash = 1; crash <= CRASHES; crash++) {
			String name = "group crash " + crash;
			ConcurrentReader run = runConcurrentWritersUntilKilled(file, name);
			for (int w = 0; w < ConcurrentStoreWriter.WRITERS; w++) {
				assertThat(run.starts.get(w)).as("%s: writer %d resumes after its %d documents", name, w, stored[w])
					.isEqualTo(stored[w]);
			}
			// Sixteen writers each wait for the commit holding their insert: had every
			// write its own commit, commits would keep up with writes (at most the
			// sixteen
			// in flight apart).
			assertThat(run.lastGroup).as("%s: commits and writes at the last GROUP line", name).hasSize(2);
			assertThat(run.lastGroup[0]).as("%s: commits, shared by %d writes", name, run.lastGroup[1])
				.isLessThan(run.lastGroup[1] - ConcurrentStoreWriter.WRITERS);
			int[] lastAcks = new int[ConcurrentStoreWriter.WRITERS];
			for (int w = 0; w < lastAcks.length; w++) {
				lastAcks[w] = run.lastAcks.getOrDefault(w, stored[w] - 1);
			}
			stored = reopenAndCheckWriters(file, lastAcks, name);
		}
	}

	/**
	 * Starts {@link ConcurrentStoreWriter} in a child JVM, waits for
	 * {@value #ACKS_BEFORE_KILL} acknowledgements in all, kills it with SIGKILL and reads
	 * what it had printed.
	 */
	private ConcurrentReader runConcurrentWritersUntilKilled(Path file, String name) throws Exception {
		Path stderr = this.dir.resolve(name.replace(' ', '-') + ".stderr");
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m", "-cp", System.getProperty("java.class.path"),
				ConcurrentStoreWriter.class.getName(), file.toString())
			.redirectError(stderr.toFile())
			.start();
		try {
			process.getOutputStream().close();
			ConcurrentReader reader = new ConcurrentReader(process);
			reader.start();
			long deadline = System.nanoTime() + WRITER_TIMEOUT.toNanos();
			while (!reader.acks.await(100, TimeUnit.MILLISECONDS)) {
				if (!process.isAlive() || System.nanoTime() > deadline) {
					fail("%s: the writers %s after %d acknowledgements; stdout %s; stderr:%n%s", name,
							process.isAlive() ? "timed out" : "exited with " + process.exitValue(),
							ACKS_BEFORE_KILL - reader.acks.getCount(), reader.otherLines, Files.readString(stderr));
				}
			}
			// SIGKILL, as in runWriterUntilKilled.
			assertThat(process.toHandle().destroyForcibly()).as("%s: SIGKILL sent", name).isTrue();
			assertThat(process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as("%s: the writers died", name)
				.isTrue();
			assertThat(process.exitValue()).as("%s: killed by SIGKILL", name).isEqualTo(EXIT_VALUE_OF_SIGKILL);
			reader.join(TIMEOUT.toMillis());
			assertThat(reader.isAlive()).as("%s: stdout reached end of file", name).isFalse();
			assertThat(reader.otherLines).as("%s: unexpected output", name).isEmpty();
			assertThat(reader.starts).as("%s: START lines", name).hasSize(ConcurrentStoreWriter.WRITERS);
			return reader;
		}
		finally {
			process.destroyForcibly();
		}
	}

	/**
	 * Reopens the file and checks, per writer, that it holds every acknowledged insert
	 * ({@code n} 0 to its last ACK) without gaps, and at most the one more that was
	 * committed when the process died before printing its acknowledgement.
	 * @return the number of documents per writer
	 */
	private static int[] reopenAndCheckWriters(Path file, int[] lastAcks, String name) {
		MVStore store = new MVStore.Builder().fileName(file.toString()).compress().open();
		String secret = ProcessOnlyBackend.newSecret();
		MongoServer server = EmbeddedMongoConfig.start(store, secret);
		try (MongoClient client = MongoClients.create(EmbeddedMongoConfig.clientSettings(server, secret))) {
			MongoCollection<Document> collection = client.getDatabase(EmbeddedStoreWriter.DATABASE)
				.getCollection(EmbeddedStoreWriter.COLLECTION);
			int[] counts = new int[ConcurrentStoreWriter.WRITERS];
			for (int w = 0; w < ConcurrentStoreWriter.WRITERS; w++) {
				int lastAck = lastAcks[w];
				List<Integer> ns = Flux
					.from(collection.find(Filters.eq("writer", w))
						.projection(Projections.include("n"))
						.sort(Sorts.ascending("_id")))
					.map((document) -> document.getInteger("n"))
					.collectList()
					.block(TIMEOUT);
				assertThat(ns.size())
					.as("%s: writer %d's documents after its last acknowledgement %d", name, w, lastAck)
					.isBetween(lastAck + 1, lastAck + 2);
				assertThat(ns).as("%s: writer %d's n are 0..%d without gaps", name, w, ns.size() - 1)
					.isEqualTo(IntStream.range(0, ns.size()).boxed().toList());
				counts[w] = ns.size();
			}
			return counts;
		}
		finally {
			server.shutdown();
		}
	}

	/** Reads the concurrent writers' stdout to the end. */
	private static final class ConcurrentReader extends Thread {

		private final Process process;

		final CountDownLatch acks = new CountDownLatch(ACKS_BEFORE_KILL);

		final List<String> otherLines = new ArrayList<>();

		final Map<Integer, Integer> starts = new ConcurrentHashMap<>();

		final Map<Integer, Integer> lastAcks = new ConcurrentHashMap<>();

		volatile long[] lastGroup = new long[0];

		ConcurrentReader(Process process) {
			super("concurrent-store-writers-stdout");
			setDaemon(true);
			this.process = process;
		}

		@Override
		public void run() {
			try (BufferedReader reader = new BufferedReader(
					new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = reader.readLine()) != null) {
					String[] parts = line.split(" ");
					if (parts.length == 3 && "ACK".equals(parts[0])) {
						int writer = Integer.parseInt(parts[1]);
						int n = Integer.parseInt(parts[2]);
						int expected = this.lastAcks.getOrDefault(writer, this.starts.getOrDefault(writer, 0) - 1) + 1;
						if (n != expected) {
							addOther("out of sequence: " + line);
						}
						this.lastAcks.put(writer, n);
						this.acks.countDown();
					}
					else if (parts.length == 3 && "START".equals(parts[0])) {
						this.starts.put(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
					}
					else if (parts.length == 3 && "GROUP".equals(parts[0])) {
						this.lastGroup = new long[] { Long.parseLong(parts[1]), Long.parseLong(parts[2]) };
					}
					else {
						addOther(line);
					}
				}
			}
			catch (IOException | RuntimeException ex) {
				addOther("reading stdout failed: " + ex);
			}
		}

		private void addOther(String line) {
			synchronized (this.otherLines) {
				if (this.otherLines.size() < 50) {
					this.otherLines.add(line);
				}
			}
		}

	}

	/**
	 * Starts {@link EmbeddedStoreWriter} in a child JVM, waits for
	 * {@value #ACKS_BEFORE_KILL} acknowledgements, kills it with SIGKILL and reads
	 * whatever it had printed before dying.
	 */
	private KilledRun runWriterUntilKilled(Path file, String name) throws Exception {
		Path stderr = this.dir.resolve(name.replace(' ', '-') + ".stderr");
		// C1 only and the serial collector: the child starts in about half the time.
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m", "-cp", System.getProperty("java.class.path"),
				EmbeddedStoreWriter.class.getName(), file.toString())
			.redirectError(stderr.toFile())
			.start();
		try {
			process.getOutputStream().close();
			StdoutReader reader = new StdoutReader(process);
			reader.start();

			long deadline = System.nanoTime() + WRITER_TIMEOUT.toNanos();
			while (!reader.acks.await(100, TimeUnit.MILLISECONDS)) {
				if (!process.isAlive() || System.nanoTime() > deadline) {
					fail("%s: the writer %s after %d acknowledgements; stdout %s; stderr:%n%s", name,
							process.isAlive() ? "timed out" : "exited with " + process.exitValue(),
							ACKS_BEFORE_KILL - reader.acks.getCount(), reader.otherLines, Files.readString(stderr));
				}
			}

			// kill -9: on Linux and macOS ProcessHandle.destroyForcibly() sends SIGKILL
			// (ProcessHandleImpl_unix.c: kill(pid, SIGKILL)), so no shutdown hook,
			// finally block or
			// MVStore.close() runs in the child; the exit value checked below confirms
			// the signal.
			// Not Process.destroyForcibly(): that also closes our end of the stdout pipe,
			// and ACK
			// lines the child printed just before dying would be lost to the reader.
			assertThat(process.toHandle().destroyForcibly()).as("%s: SIGKILL sent", name).isTrue();
			assertThat(process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as("%s: the writer died", name).isTrue();
			assertThat(process.exitValue()).as("%s: the writer was killed by SIGKILL", name)
				.isEqualTo(EXIT_VALUE_OF_SIGKILL);

			// The pipe keeps what the writer printed before it died: ACK lines read now
			// were
			// acknowledged before the kill just as much as the ones read before it.
			reader.join(TIMEOUT.toMillis());
			assertThat(reader.isAlive()).as("%s: stdout reached end of file", name).isFalse();
			assertThat(reader.otherLines).as("%s: unexpected output", name).isEmpty();
			assertThat(reader.start).as("%s: START line", name).isNotNegative();
			return new KilledRun(reader.start, reader.lastAck);
		}
		finally {
			process.destroyForcibly();
		}
	}

	/**
	 * Opens the file in this JVM the way the application does and checks that it holds
	 * every acknowledged insert, {@code _id} 0 to {@code lastAck}, and nothing else but
	 * possibly the one insert that was committed when the writer died before printing its
	 * acknowledgement.
	 * @return the number of documents in the file
	 */
	private static int reopenAndCheck(Path file, int lastAck, String name) {
		// Throws if the file cannot be read: the first thing this test checks.
		MVStore store = new MVStore.Builder().fileName(file.toString()).compress().open();
		String secret = ProcessOnlyBackend.newSecret();
		MongoServer server = EmbeddedMongoConfig.start(store, secret);
		try {
			try (MongoClient client = MongoClients.create(EmbeddedMongoConfig.clientSettings(server, secret))) {
				MongoCollection<Document> collection = client.getDatabase(EmbeddedStoreWriter.DATABASE)
					.getCollection(EmbeddedStoreWriter.COLLECTION);
				long count = Mono.from(collection.countDocuments()).block(TIMEOUT);
				assertThat(count)
					.as("%s: documents in the reopened file after %d acknowledged inserts", name, lastAck + 1)
					.isBetween(lastAck + 1L, lastAck + 2L);
				List<Integer> ids = Flux
					.from(collection.find().projection(Projections.include("_id")).sort(Sorts.ascending("_id")))
					.map((document) -> document.getInteger("_id"))
					.collectList()
					.block(TIMEOUT);
				assertThat(ids).as("%s: _ids in the reopened file are 0..%d without gaps", name, count - 1)
					.isEqualTo(IntStream.range(0, (int) count).boxed().toList());
				for (int id : new int[] { 0, lastAck / 2, lastAck }) {
					Document document = Mono.from(collection.find(Filters.eq("_id", id)).first()).block(TIMEOUT);
					assertThat(document).as("%s: acknowledged document %d", name, id).isNotNull();
					assertThat(document.getString("payload")).as("%s: payload of _id %d", name, id)
						.isEqualTo(EmbeddedStoreWriter.payload(id));
				}
				return (int) count;
			}
		}
		finally {
			server.shutdown(); // closes the backend and with it the MVStore
		}
	}

	private record KilledRun(int start, int lastAck) {
	}

	/** Reads the writer's stdout to the end, which comes when the process is dead. */
	private static final class StdoutReader extends Thread {

		private final Process process;

		final CountDownLatch acks = new CountDownLatch(ACKS_BEFORE_KILL);

		final List<String> otherLines = new ArrayList<>();

		volatile int start = -1;

		volatile int lastAck = -1;

		StdoutReader(Process process) {
			super("embedded-store-writer-stdout");
			setDaemon(true);
			this.process = process;
		}

		@Override
		public void run() {
			try (BufferedReader reader = new BufferedReader(
					new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = reader.readLine()) != null) {
					if (line.startsWith("ACK ")) {
						int id = Integer.parseInt(line.substring(4));
						if (this.lastAck >= 0 && id != this.lastAck + 1) {
							addOther("out of sequence: " + line);
						}
						this.lastAck = id;
						this.acks.countDown();
					}
					else if (line.startsWith("START ")) {
						this.start = Integer.parseInt(line.substring(6));
					}
					else {
						addOther(line);
					}
				}
			}
			catch (IOException | RuntimeException ex) {
				addOther("reading stdout failed: " + ex);
			}
		}

		private void addOther(String line) {
			synchronized (this.otherLines) {
				if (this.otherLines.size() < 50) {
					this.otherLines.add(line);
				}
			}
		}

	}

}
