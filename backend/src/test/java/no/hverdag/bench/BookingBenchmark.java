package no.hverdag.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import no.hverdag.humanlibrary.Library;
import no.hverdag.humanlibrary.LibraryAdministration;
import no.hverdag.humanlibrary.PersonToBorrow;
import no.hverdag.humanlibrary.Slot;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not a test that runs in the build: a benchmark (docs/performance.md). The application
 * on loopback with the embedded store and rate limits off; 10,000 booking attempts at
 * once over 100 slots with room for one each, every attempt from its own contact point.
 * Checks that exactly 100 succeed, every other gets 409 and none a 5xx, and prints
 * bookings/s and latency percentiles. The store is in memory unless {@code -Dbench.store}
 * names a file ({@code target/bench/rush.mv}: every booking waits for its commit, as in
 * production). Run with
 * {@code ./mvnw -B -o -pl backend -am verify -Dtest=BookingBenchmark -Dbench=true -Dsurefire.failIfNoSpecifiedTests=false -DskipITs -Djacoco.skip=true}.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "hverdag.mongo.embedded.path=${bench.store:memory}", "hverdag.seed.demo=false",
				"hverdag.rate-limits.enabled=false", "logging.level.root=WARN" })
class BookingBenchmark {

	static final int SLOTS = 100;

	static final int ATTEMPTS = Integer.getInteger("bench.attempts", 10_000);

	static final int CONNECTIONS = Integer.getInteger("bench.connections", 256);

	/**
	 * CPU time of this whole JVM (server and load generator) so far: under a shared
	 * machine's load the wall-clock figures wander, the CPU spent per attempt much less.
	 */
	static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	@LocalServerPort
	int port;

	@Autowired
	LibraryAdministration administration;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Test
	@DisplayName("10,000 simultaneous booking attempts over 100 slots of one place each")
	void bookings() {
		BenchClient http = new BenchClient("bench", this.port, CONNECTIONS);
		BenchClient.withoutTestSecurityHook();
		// A round to warm the JIT, then the measured one, each on its own 100 slots.
		run(http, "warm", ATTEMPTS / 4);
		jdk.jfr.Recording recording = startRecording();
		long cpu = processCpuNanos();
		Result result = run(http, "bench", ATTEMPTS);
		double cpuMillisPerAttempt = (processCpuNanos() - cpu) / 1e6 / ATTEMPTS;
		stopRecording(recording);
		String report = String.format(
				"%d attempts over %d slots (capacity 1), %d connections, %d cores: %s; %.0f attempts/s "
						+ "(%.1f s wall), latency p50 %d ms, p90 %d ms, p99 %d ms, max %d ms; "
						+ "CPU %.2f ms per attempt (whole JVM, load generator included)",
				ATTEMPTS, SLOTS, CONNECTIONS, Runtime.getRuntime().availableProcessors(), result.statuses(),
				ATTEMPTS / result.seconds(), result.seconds(), result.percentile(50), result.percentile(90),
				result.percentile(99), result.percentile(100), cpuMillisPerAttempt);
		System.out.println("BENCH " + report);

		assertThat(result.statuses()).containsOnlyKeys(201, 409);
		assertThat(result.statuses().get(201)).hasValue(SLOTS);
		assertThat(result.statuses().get(409)).hasValue(ATTEMPTS - SLOTS);
		List<Document> slots = this.mongo.findAll(Document.class, "slots")
			.filter(slot -> slot.getString("libraryId").equals("bench-library") && slot.getInteger("remaining") == 0)
			.collectList()
			.block();
		assertThat(slots).hasSize(SLOTS)
			.allSatisfy(slot -> assertThat(slot.getList("bookings", Document.class)).hasSize(1));
	}

	/**
	 * A JFR recording ({@code settings=profile}) of the measured round only, written to
	 * {@code -Dbench.jfr=FILE} when that is given.
	 */
	static jdk.jfr.Recording startRecording() {
		String file = System.getProperty("bench.jfr");
		if (file == null || file.isBlank()) {
			return null;
		}
		try {
			jdk.jfr.Recording recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
			recording.setDestination(java.nio.file.Path.of(file));
			recording.start();
			return recording;
		}
		catch (java.io.IOException | java.text.ParseException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static void stopRecording(jdk.jfr.Recording recording) {
		if (recording != null) {
			recording.stop();
			recording.close();
		}
	}

	private Result run(BenchClient http, String name, int attempts) {
		String libraryId = name + "-library";
		this.administration.importLibrary(new Library(libraryId, name, "1804", "Benkeveien 1", null, null)).block();
		LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/Oslo")).plusDays(1);
		List<String> slotIds = new ArrayList<>();
		for (int i = 0; i < SLOTS; i++) {
			String personId = name + "-person-" + i;
			this.administration
				.importPerson(new PersonToBorrow(personId, libraryId, "P" + i, List.of("Prat"), List.of("no"),
						EnumSet.of(tomorrow.getDayOfWeek()), List.of(LocalTime.of(14, 0)), 30, 1))
				.block();
			slotIds.add(Slot.idFor(personId, tomorrow, LocalTime.of(14, 0)));
		}
		Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		// Every attempt subscribed on its own, all at once: they queue for the client's
		// connections, as 10,000 people pressing "book" at the same moment would. (A
		// flatMap over 10,000 inner requests cost the load generator about a fifth of
		// the JVM's CPU in its drain loop.)
		CountDownLatch done = new CountDownLatch(attempts);
		long start = System.nanoTime();
		for (int i = 0; i < attempts; i++) {
			long sent = System.nanoTime();
			http.book(slotIds.get(i % SLOTS), "Benk", name + i + "@example.no").onErrorReturn(-1).subscribe(status -> {
				latencies.add(System.nanoTime() - sent);
				statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
			}, error -> done.countDown(), done::countDown);
		}
		try {
			assertThat(done.await(10, TimeUnit.MINUTES)).as("every attempt answered").isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
		return new Result(new java.util.TreeMap<>(statuses), seconds, sorted);
	}

	record Result(Map<Integer, AtomicInteger> statuses, double seconds, long[] latenciesNanos) {

		long percentile(int p) {
			int index = Math.min(this.latenciesNanos.length - 1,
					(int) Math.ceil(p / 100.0 * this.latenciesNanos.length) - 1);
			return this.latenciesNanos[Math.max(0, index)] / 1_000_000;
		}

		@Override
		public String toString() {
			return this.statuses + " " + Arrays.toString(this.latenciesNanos);
		}

	}

}
