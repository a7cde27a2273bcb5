package no.hverdag.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import no.hverdag.HverdagApplication;
import no.hverdag.activities.Activity;
import no.hverdag.activities.ActivityCatalogue;
import no.hverdag.activities.ActivityQuery;
import no.hverdag.activities.ActivityType;
import no.hverdag.activities.internal.ActivityDocument;
import no.hverdag.activities.internal.ActivityMapper;
import no.hverdag.activities.internal.ActivitySearch;
import no.hverdag.activities.internal.ActivityStore;
import no.hverdag.activities.internal.BenchActivities;
import no.hverdag.matching.FreeTime;
import no.hverdag.matching.NewcomerProfile;
import no.hverdag.matching.Recommendations;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The real application on loopback with 100,000 activities in its embedded store: bulk
 * insert and full rebuild times, in-application latency of a search (index and store) and
 * of recommendations, then HTTP throughput with wrk of the search API next to a trivial
 * endpoint in the same run. Usage: {@code HttpBenchmark [activities] [seconds per run]}.
 */
public final class HttpBenchmark {

	static final int PORT = 18_090;

	static final String[] WORDS = { "språkkafé", "leksehjelp", "kafe", "turgruppe", "sykkel", "norsk", "sjakk", "yoga",
			"strikking", "fotball", "matlaging", "biblioteket" };

	private HttpBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
		// As arguments: they outrank application.yml (builder properties would not).
		ConfigurableApplicationContext app = new SpringApplicationBuilder(HverdagApplication.class).run(
				"--server.port=" + PORT, "--hverdag.mongo.embedded.path=memory", "--hverdag.seed.demo=false",
				"--hverdag.rate-limits.enabled=false", "--logging.level.root=WARN", "--spring.main.banner-mode=off");
		try {
			run(app, count, seconds);
		}
		finally {
			app.close();
		}
		System.exit(0);
	}

	private static void run(ConfigurableApplicationContext app, int count, int seconds) throws Exception {
		List<BenchActivities.Municipality> municipalities = BenchActivities.municipalities();
		LocalDate today = LocalDate.now(app.getBean(Clock.class));
		List<Activity> activities = BenchActivities.generate(count, municipalities, today, 42);
		ActivityMapper mapper = app.getBean(ActivityMapper.class);
		ReactiveMongoTemplate mongo = app.getBean(ReactiveMongoTemplate.class);
		long insert = System.nanoTime();
		Flux.fromIterable(activities)
			.map(mapper::toDocument)
			.buffer(5_000)
			.concatMap(batch -> mongo.insert(batch, ActivityDocument.class)
				.then()
				// Seen on a loaded machine: the driver sends a batch again after it was
				// written; then write what is missing one by one.
				.onErrorResume(DuplicateKeyException.class, ex -> Flux.fromIterable(batch)
					.concatMap(doc -> mongo.insert(doc).onErrorResume(DuplicateKeyException.class, e -> Mono.empty()))
					.then()))
			.blockLast();
		double insertSeconds = (System.nanoTime() - insert) / 1e9;
		Long stored = mongo.count(new Query(), ActivityDocument.class).block();
		if (stored == null || stored != count) {
			throw new IllegalStateException("stored " + stored + " of " + count);
		}
		activities = null;
		long rebuild = System.nanoTime();
		Long indexed = app.getBean(ActivitySearch.class).rebuild().block();
		System.out.printf("| bulk insert of %,d activities into the embedded store (batches of 5,000) | %.1f s |%n",
				count, insertSeconds);
		System.out.printf("| full rebuild from the store (ActivitySearch.rebuild, %,d indexed) | %.1f s |%n", indexed,
				(System.nanoTime() - rebuild) / 1e9);

		Random random = new Random(11);
		ActivityCatalogue catalogue = app.getBean(ActivityCatalogue.class);
		System.out.printf("%n| in the application | p50 | p95 | p99 |%n|---|---:|---:|---:|%n");
		latency("search: text + municipality + type (index, then 20 from the store)", 300,
				() -> catalogue
					.search(ActivityQuery.builder()
						.text(WORDS[random.nextInt(WORDS.length)])
						.municipality(municipalities.get(random.nextInt(municipalities.size())).number())
						.type(ActivityType.values()[random.nextInt(ActivityType.values().length)])
						.build())
					.block());
		ActivityStore store = app.getBean(ActivityStore.class);
		latency("the store alone: 20 activities by id ($in), as a search page loads them", 300, () -> store
			.findAll(java.util.stream.IntStream.range(0, 20).mapToObj(i -> "bench-" + random.nextInt(count)).toList())
			.collectList()
			.block());
		latency("search: everything, first page of 20 (index, then 20 from the store)", 300,
				() -> catalogue.search(ActivityQuery.builder().build()).block());
		Recommendations recommendations = app.getBean(Recommendations.class);
		latency("recommendations: municipality + weekdays + after 16:00, top 10", 100, () -> {
			BenchActivities.Municipality m = municipalities.get(random.nextInt(municipalities.size()));
			return recommendations
				.forProfile(new NewcomerProfile(List.of("ar"), null, Set.of(ActivityType.LANGUAGE_CAFE), m.number(),
						null, null,
						List.of(new FreeTime(Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
								java.time.LocalTime.of(16, 0), null)),
						Set.of(), false, Set.of(), null, null, Set.of()), 10)
				.block();
		});
		latency("recommendations: within 15 km, any time, top 10", 100, () -> {
			BenchActivities.Municipality m = municipalities.get(random.nextInt(municipalities.size()));
			return recommendations
				.forProfile(new NewcomerProfile(List.of("uk"), null, Set.of(), null,
						new ActivityQuery.GeoPoint(m.lat(), m.lon()), 15.0, List.of(), Set.of(), false, Set.of(), null,
						null, Set.of()), 10)
				.block();
		});
		http(municipalities, seconds);
	}

	private static void latency(String name, int times, Callable<?> call) throws Exception {
		for (int i = 0; i < times / 2; i++) {
			call.call();
		}
		long[] nanos = new long[times];
		for (int i = 0; i < times; i++) {
			long start = System.nanoTime();
			call.call();
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		System.out.printf("| %s | %.1f ms | %.1f ms | %.1f ms |%n", name, nanos[times / 2] / 1e6,
				nanos[(int) (times * 0.95)] / 1e6, nanos[(int) (times * 0.99)] / 1e6);
	}

	private static void http(List<BenchActivities.Municipality> municipalities, int seconds) throws Exception {
		Random random = new Random(5);
		List<String> typical = new ArrayList<>();
		List<String> near = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			BenchActivities.Municipality m = municipalities.get(random.nextInt(municipalities.size()));
			typical.add("/api/v1/activities?q="
					+ URLEncoder.encode(WORDS[random.nextInt(WORDS.length)], StandardCharsets.UTF_8) + "&municipality="
					+ m.number() + "&type=" + ActivityType.values()[random.nextInt(ActivityType.values().length)]);
			near.add("/api/v1/activities?near=" + m.lat() + "," + m.lon() + "&radiusKm=10&weekday="
					+ DayOfWeek.of(1 + random.nextInt(7)) + "&free=true&sort=DISTANCE");
		}
		List<String[]> runs = List.of(new String[] { "GET /bench/ping (trivial)", script(List.of("/bench/ping")) },
				new String[] { "GET /api/v1/activities?q=…&municipality=…&type=…", script(typical) },
				new String[] { "GET /api/v1/activities?near=…&radiusKm=10&weekday=…&free=true&sort=DISTANCE",
						script(near) },
				new String[] { "GET /api/v1/activities (everything, page 1 of 20, facets)",
						script(List.of("/api/v1/activities")) });
		System.out.printf("%n| HTTP, wrk -t2 -c32 -d%ds | req/s | p50 | p99 | errors |%n|---|---:|---:|---:|---|%n",
				seconds);
		double ping = 0;
		for (String[] run : runs) {
			wrk(run[1], 5);
			String out = wrk(run[1], seconds);
			if (field(out, "Requests/sec:").equals("?")) {
				throw new IllegalStateException("wrk said:\n" + out);
			}
			double rps = Double.parseDouble(field(out, "Requests/sec:"));
			if (ping == 0) {
				ping = rps;
			}
			System.out.printf("| %s | %,.0f (%.0f %%) | %s | %s | %s |%n", run[0], rps, 100 * rps / ping,
					field(out, "50%"), field(out, "99%"),
					out.lines()
						.filter(l -> l.contains("Non-2xx") || l.contains("Socket errors"))
						.map(String::strip)
						.collect(Collectors.joining("; ")));
		}
	}

	private static String script(List<String> paths) throws IOException {
		Path file = Files.createTempFile("bench", ".lua");
		file.toFile().deleteOnExit();
		String list = paths.stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(",\n"));
		Files.writeString(file, "local paths = {" + list + "}\nlocal i = 0\nrequest = function()\n  i = i + 1\n"
				+ "  return wrk.format(\"GET\", paths[(i % #paths) + 1])\nend\n");
		return file.toString();
	}

	private static String wrk(String script, int seconds) throws Exception {
		Process wrk = new ProcessBuilder("wrk", "-t2", "-c32", "-d" + seconds + "s", "--latency", "-s", script,
				"http://127.0.0.1:" + PORT)
			.redirectErrorStream(true)
			.start();
		String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		wrk.waitFor();
		return out;
	}

	private static String field(String out, String label) {
		return out.lines()
			.map(String::strip)
			.filter(l -> l.startsWith(label))
			.map(l -> l.substring(label.length()).strip().split("\\s+")[0])
			.findFirst()
			.orElse("?");
	}

}
