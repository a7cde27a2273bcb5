package no.hverdag.activities.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import no.hverdag.activities.Activity;
import no.hverdag.activities.ActivityQuery;
import no.hverdag.activities.ActivityType;

/**
 * The real search index (the application's {@link ActivitySearchIndex}, hence this
 * package) with 100,000 activities, in one JVM: build time, heap after the build, and
 * single-thread latency and two-thread throughput of typical queries, each of which also
 * counts facets. Usage:
 * {@code SearchBenchmark [activities] [queries per kind] [throughput]}.
 */
public final class SearchBenchmark {

	/** The test suite's day: Thursday 2026-11-26, 09:00 in Oslo. */
	static final Clock CLOCK = Clock.fixed(
			ZonedDateTime.of(2026, 11, 26, 9, 0, 0, 0, ZoneId.of("Europe/Oslo")).toInstant(), ZoneId.of("Europe/Oslo"));

	static final String[] WORDS = { "språkkafé", "leksehjelp", "kafe", "turgruppe", "sykkel", "norsk", "sjakk", "yoga",
			"strikking", "fotball", "matlaging", "biblioteket", "gratis", "familie", "homework", "choir" };

	/** Also two-thread throughput per kind (longer). */
	private static boolean throughputToo;

	private SearchBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		int queries = args.length > 1 ? Integer.parseInt(args[1]) : 3_000;
		throughputToo = args.length > 2 && args[2].equals("throughput");
		List<BenchActivities.Municipality> municipalities = BenchActivities.municipalities();
		LocalDate today = LocalDate.now(CLOCK);
		long t0 = System.nanoTime();
		List<Activity> activities = BenchActivities.generate(count, municipalities, today, 42);
		System.out.printf("generated %,d activities in %d municipalities in %.1f s%n", activities.size(),
				municipalities.size(), (System.nanoTime() - t0) / 1e9);

		Map<String, List<String>> names = new HashMap<>();
		municipalities.forEach(m -> names.put(m.number(), List.of(m.name())));
		ActivitySearchIndex index = new ActivitySearchIndex(CLOCK, number -> names.getOrDefault(number, List.of()));
		long build = System.nanoTime();
		for (int from = 0; from < activities.size(); from += 2_000) {
			// As ActivitySearch.rebuild does: batches of 2,000, one refresh each.
			index.indexAll(activities.subList(from, Math.min(activities.size(), from + 2_000)));
		}
		double buildSeconds = (System.nanoTime() - build) / 1e9;
		activities = null;
		long heap = heapAfterGc();
		System.out.printf("%n| full index build | %.1f s |%n| heap used after build and GC | %d MiB |%n", buildSeconds,
				heap / (1024 * 1024));

		Random random = new Random(7);
		List<Kind> kinds = List.of(
				new Kind("text + municipality + type",
						r -> ActivityQuery.builder()
							.text(WORDS[r.nextInt(WORDS.length)])
							.municipality(municipalities.get(r.nextInt(municipalities.size())).number())
							.type(ActivityType.values()[r.nextInt(ActivityType.values().length)])
							.build()),
				new Kind("text only (tolerant: stems, trigrams, one typo)",
						r -> ActivityQuery.builder().text(WORDS[r.nextInt(WORDS.length)]).build()),
				new Kind("≤ 10 km + weekday + free, by distance", r -> {
					BenchActivities.Municipality m = municipalities.get(r.nextInt(municipalities.size()));
					return ActivityQuery.builder()
						.near(new ActivityQuery.GeoPoint(m.lat(), m.lon()), 10.0)
						.weekday(DayOfWeek.of(1 + r.nextInt(7)))
						.free(true)
						.sort(ActivityQuery.Sort.DISTANCE)
						.build();
				}),
				new Kind("municipality + after 16:00, by date",
						r -> ActivityQuery.builder()
							.municipality(municipalities.get(r.nextInt(municipalities.size())).number())
							.startsAfter(java.time.LocalTime.of(16, 0))
							.build()),
				new Kind("everything (no filter), facets over all 100k", r -> ActivityQuery.builder().build()));
		System.out.printf("%n| query (every one also counts 8 facets) | how | hits (median) | p50 | p95 | p99 "
				+ "| CPU p50 | CPU p95 |%n|---|---|---:|---:|---:|---:|---:|---:|%n");
		for (Kind kind : kinds) {
			measure(index, kind, random, queries);
		}
		index.close();
	}

	record Kind(String name, Function<Random, ActivityQuery> query) {
	}

	/**
	 * Per query kind, in the same run and on the same index, each query three ways, one
	 * after the other: the one-pass count as the application runs it but with every count
	 * afresh (a filter set nobody asked before), the same with counts cached per filter
	 * set (as the application has them), and Lucene's {@code DrillSideways} scoring
	 * everything as the index searched before issue 18 (without its cache of the
	 * unfiltered counts).
	 */
	private static void measure(ActivitySearchIndex index, Kind kind, Random random, int queries) throws Exception {
		for (int i = 0; i < Math.max(500, queries / 3); i++) {
			ActivityQuery query = kind.query().apply(random);
			index.cacheCounts(false);
			index.search(query);
			index.searchByDrillSideways(query);
		}
		long[][] nanos = new long[3][queries];
		// The CPU time of this thread as well: on a machine others share, the wall time
		// of a
		// query also counts the time it waited for a core, its CPU time does not.
		long[][] cpu = new long[3][queries];
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long[] hits = new long[queries];
		for (int i = 0; i < queries; i++) {
			ActivityQuery query = kind.query().apply(random);
			index.cacheCounts(false);
			long cpuStart = threads.getCurrentThreadCpuTime();
			long start = System.nanoTime();
			ActivitySearchIndex.Hits result = index.search(query);
			nanos[0][i] = System.nanoTime() - start;
			cpu[0][i] = threads.getCurrentThreadCpuTime() - cpuStart;
			hits[i] = result.total();
			index.cacheCounts(true);
			index.search(query);
			cpuStart = threads.getCurrentThreadCpuTime();
			start = System.nanoTime();
			index.search(query);
			nanos[1][i] = System.nanoTime() - start;
			cpu[1][i] = threads.getCurrentThreadCpuTime() - cpuStart;
			cpuStart = threads.getCurrentThreadCpuTime();
			start = System.nanoTime();
			index.searchByDrillSideways(query);
			nanos[2][i] = System.nanoTime() - start;
			cpu[2][i] = threads.getCurrentThreadCpuTime() - cpuStart;
		}
		Arrays.sort(hits);
		String[] ways = { "one pass, fresh counts", "one pass, counts cached", "DrillSideways (before)" };
		for (int w = 0; w < 3; w++) {
			Arrays.sort(nanos[w]);
			Arrays.sort(cpu[w]);
			System.out.printf("| %s | %s | %,d | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %.2f ms |%n", kind.name(),
					ways[w], hits[queries / 2], nanos[w][queries / 2] / 1e6, nanos[w][(int) (queries * 0.95)] / 1e6,
					nanos[w][(int) (queries * 0.99)] / 1e6, cpu[w][queries / 2] / 1e6,
					cpu[w][(int) (queries * 0.95)] / 1e6);
		}
		if (throughputToo) {
			index.cacheCounts(false);
			System.out.printf("| %s | one pass, fresh counts, queries/s on 2 threads: %,.0f |%n", kind.name(),
					throughput(index, kind, queries));
		}
	}

	/** Two threads, as the application's search scheduler has. */
	private static double throughput(ActivitySearchIndex index, Kind kind, int queries) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			long start = System.nanoTime();
			List<Future<?>> done = new ArrayList<>();
			for (int t = 0; t < 2; t++) {
				long seed = 100 + t;
				done.add(pool.submit(() -> {
					Random random = new Random(seed);
					for (int i = 0; i < queries; i++) {
						index.search(kind.query().apply(random));
					}
				}));
			}
			for (Future<?> future : done) {
				future.get();
			}
			return 2.0 * queries / ((System.nanoTime() - start) / 1e9);
		}
		finally {
			pool.shutdown();
		}
	}

	static long heapAfterGc() throws InterruptedException {
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(200);
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

}
