package no.hverdag.bench;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import no.hverdag.humanlibrary.Library;
import no.hverdag.humanlibrary.LibraryAdministration;
import no.hverdag.humanlibrary.PersonToBorrow;
import no.hverdag.humanlibrary.Slot;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
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
 * Not a test that runs in the build: a benchmark (docs/performance.md, "Booking latency
 * at a steady load"). The application on loopback with the embedded store in a file under
 * {@code target/bench} (as in production: every booking waits for its commit;
 * {@code -Dbench.store=memory} for none) and rate limits off. An open loop offers
 * {@code bench.rate} booking attempts per second (default 300) for {@code bench.seconds}
 * (default 30) after a warm-up at the same rate: attempt {@code i} is due at
 * {@code start + i / rate} and is sent then whether or not earlier answers have come, and
 * its latency is measured from that due time, not from when it was actually sent. A
 * stalled server or a stalled sender therefore shows in the latencies of every attempt
 * that was due meanwhile (coordinated omission corrected). Every ten consecutive attempts
 * go to one slot with one place (one booking, nine refusals with the next free slots), so
 * bookings are spread over the run. Checks that every slot got exactly one booking, the
 * rest 409 and none a 5xx; prints the percentiles (HdrHistogram). Run with
 * {@code ./mvnw -B -o -pl backend -am verify -Dtest=BookingLatencyBenchmark -Dbench=true -Dsurefire.failIfNoSpecifiedTests=false -DskipITs -Djacoco.skip=true}.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "hverdag.mongo.embedded.path=${bench.store:target/bench/latency-${random.uuid}.mv}",
				"hverdag.seed.demo=false", "hverdag.rate-limits.enabled=false", "logging.level.root=WARN" })
class BookingLatencyBenchmark {

	static final int RATE = Integer.getInteger("bench.rate", 300);

	static final int SECONDS = Integer.getInteger("bench.seconds", 30);

	static final int WARM_SECONDS = Integer.getInteger("bench.warmup", 10);

	static final int ATTEMPTS_PER_SLOT = 10;

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
	@DisplayName("booking latency at a steady offered load, open loop, from each attempt's due time")
	void latencyAtSteadyLoad() {
		BenchClient http = new BenchClient("latency", this.port, CONNECTIONS);
		BenchClient.withoutTestSecurityHook();
		run(http, "warm", RATE * WARM_SECONDS);
		jdk.jfr.Recording recording = BookingBenchmark.startRecording();
		long cpu = processCpuNanos();
		Run result = run(http, "steady", RATE * SECONDS);
		double cpuMillisPerAttempt = (processCpuNanos() - cpu) / 1e6 / (RATE * SECONDS);
		BookingBenchmark.stopRecording(recording);
		Histogram all = result.all();
		String report = String.format(
				"%d attempts/s offered for %d s (open loop, latency from due time), %d cores: %s; "
						+ "sent %.0f attempts/s; latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, "
						+ "max %.1f ms; bookings (201) p99 %.1f ms, refusals (409) p99 %.1f ms; "
						+ "send lag behind schedule max %.1f ms; CPU %.2f ms per attempt (whole JVM)",
				RATE, SECONDS, Runtime.getRuntime().availableProcessors(), result.statuses(), result.sendRate(),
				ms(all, 50), ms(all, 90), ms(all, 99), ms(all, 99.9), all.getMaxValue() / 1000.0,
				ms(result.byStatus(201), 99), ms(result.byStatus(409), 99), result.maxLagMicros() / 1000.0,
				cpuMillisPerAttempt);
		System.out.println("BENCH " + report);

		int slots = RATE * SECONDS / ATTEMPTS_PER_SLOT;
		assertThat(result.statuses()).containsOnlyKeys(201, 409);
		assertThat(result.statuses().get(201)).hasValue(slots);
		// Each person also gets next week's slot, untouched: the booked ones are those
		// with
		// no place left.
		List<Document> taken = this.mongo.findAll(Document.class, "slots")
			.filter(slot -> slot.getString("libraryId").equals("steady-library") && slot.getInteger("remaining") == 0)
			.collectList()
			.block();
		assertThat(taken).hasSize(slots)
			.allSatisfy(slot -> assertThat(slot.getList("bookings", Document.class)).hasSize(1));
	}

	private static double ms(Histogram histogram, double percentile) {
		return histogram == null ? Double.NaN : histogram.getValueAtPercentile(percentile) / 1000.0;
	}

	private Run run(BenchClient http, String name, int attempts) {
		String libraryId = name + "-library";
		this.administration.importLibrary(new Library(libraryId, name, "1804", "Benkeveien 1", null, null)).block();
		LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/Oslo")).plusDays(1);
		List<String> slotIds = new ArrayList<>();
		for (int i = 0; i < attempts / ATTEMPTS_PER_SLOT; i++) {
			String personId = name + "-person-" + i;
			this.administration
				.importPerson(new PersonToBorrow(personId, libraryId, "P" + i, List.of("Prat"), List.of("no"),
						EnumSet.of(tomorrow.getDayOfWeek()), List.of(LocalTime.of(14, 0)), 30, 1))
				.block();
			slotIds.add(Slot.idFor(personId, tomorrow, LocalTime.of(14, 0)));
		}
		Map<Integer, Histogram> byStatus = new ConcurrentHashMap<>();
		Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
		CountDownLatch done = new CountDownLatch(attempts);
		long period = TimeUnit.SECONDS.toNanos(1) / RATE;
		long maxLag = 0;
		long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
		for (int i = 0; i < attempts; i++) {
			long due = start + i * period;
			long now;
			while ((now = System.nanoTime()) < due) {
				LockSupport.parkNanos(due - now);
			}
			maxLag = Math.max(maxLag, now - due);
			String slot = slotIds.get(i / ATTEMPTS_PER_SLOT);
			String contact = name + i + "@example.no";
			http.book(slot, "Benk", contact).onErrorReturn(-1).subscribe(status -> {
				long micros = (System.nanoTime() - due) / 1000;
				byStatus.computeIfAbsent(status, s -> new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(10), 3))
					.recordValue(Math.min(micros, TimeUnit.MINUTES.toMicros(10)));
				statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
			}, error -> done.countDown(), done::countDown);
		}
		double sendSeconds = (System.nanoTime() - start) / 1e9;
		try {
			assertThat(done.await(10, TimeUnit.MINUTES)).as("every attempt answered").isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		return new Run(new TreeMap<>(statuses), byStatus, attempts / sendSeconds, maxLag / 1000);
	}

	record Run(Map<Integer, AtomicInteger> statuses, Map<Integer, Histogram> histograms, double sendRate,
			long maxLagMicros) {

		Histogram byStatus(int status) {
			return this.histograms.get(status);
		}

		Histogram all() {
			Histogram all = new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
			this.histograms.values().forEach(all::add);
			return all;
		}

	}

}
