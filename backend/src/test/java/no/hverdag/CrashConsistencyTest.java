package no.hverdag;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import no.hverdag.support.CrashTestApplication;
import no.hverdag.support.OrganisationNumbers;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * ADR 0007 under fire: a real application JVM, on an embedded store file, is killed with
 * SIGKILL in the middle of concurrent sign-ups, cancels, library bookings and
 * organisation registrations, several times. After each restart (whose recovery runs
 * before the port opens) a copy of the store is opened here and checked: nothing
 * acknowledged is lost or undone, every count equals what it counts, no place is free
 * while someone waits, no claim lacks its booking and no organisation lacks its
 * registrant as member.
 */
@EnabledOnOs({ OS.LINUX, OS.MAC })
class CrashConsistencyTest {

	private static final int ROUNDS = 3;

	/** Acknowledged writes in a round before the kill; the load keeps running past it. */
	private static final int ACKS_BEFORE_KILL = 40;

	private static final int WORKERS = 4;

	/** Generous: a JVM start with the seed on a busy two-core machine. */
	private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

	private static final Duration LOAD_TIMEOUT = Duration.ofMinutes(2);

	private static final String ISSUER_ID = "crash";

	private static final String OSLO_ORG = "seed-org-grunerlokka-frivilligsentral";

	private static final MockOAuth2Server OIDC = new MockOAuth2Server();

	static {
		OIDC.start(0);
	}

	private final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	/** What the application acknowledged (2xx), and what was only attempted. */
	private final Map<String, String> signUpTokens = new ConcurrentHashMap<>();

	private final Set<String> cancelAttempted = ConcurrentHashMap.newKeySet();

	private final Set<String> cancelAcknowledged = ConcurrentHashMap.newKeySet();

	private final Set<String> bookings = ConcurrentHashMap.newKeySet();

	private final Map<String, String> organisations = new ConcurrentHashMap<>();

	@TempDir
	Path dir;

	@AfterAll
	static void stopProvider() {
		OIDC.shutdown();
	}

	@Test
	@Timeout(value = 15, unit = TimeUnit.MINUTES)
	@DisplayName("kill -9 during sign-ups, cancels, bookings and registrations: every invariant holds after every restart")
	void everyInvariantHoldsAfterEveryKill() throws Exception {
		Path file = this.dir.resolve("hverdag.mv");
		App app = App.start(file, this.dir, "first start");
		List<String> occurrences = new ArrayList<>();
		List<String> slots = new ArrayList<>();
		try {
			app.awaitReady(this.http);
			for (int capacity : new int[] { 2, 3 }) {
				String activity = publishActivity(app, capacity);
				occurrences.add(activity + "@" + firstDate(app, activity));
			}
			slots.addAll(freeSlots(app));
			assertThat(slots).as("free library slots to book").isNotEmpty();
		}
		catch (Exception | AssertionError ex) {
			app.kill();
			throw ex;
		}
		List<String> restartSeconds = new ArrayList<>();
		for (int round = 1; round <= ROUNDS; round++) {
			String name = "round " + round;
			runLoadUntilKilled(app, occurrences, slots, name);
			long started = System.nanoTime();
			app = App.start(file, this.dir, name + " restart");
			app.awaitReady(this.http);
			restartSeconds.add(String.format("%.1f", (System.nanoTime() - started) / 1e9));
			try (var lines = Files.lines(this.dir.resolve(name.replace(' ', '-') + "-restart.log"))) {
				lines.filter(line -> line.contains("Start-up step") || line.contains("recovery:"))
					.forEach(line -> System.out.println("CrashConsistencyTest " + name + ": "
							+ line.substring(Math.max(0, line.indexOf(" : ") + 3))));
			}
			// The recovery ran before the port opened; the copy is what a reader sees
			// now.
			Path copy = this.dir.resolve("check-" + round + ".mv");
			Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
			try (StoreCheck check = StoreCheck.open(copy)) {
				check.signUps(name, this.signUpTokens.keySet(), this.cancelAttempted, this.cancelAcknowledged);
				check.occurrences(name, occurrences);
				check.bookingsAndClaims(name, this.bookings);
				check.organisations(name, this.organisations);
			}
		}
		app.kill();
		System.out.println("CrashConsistencyTest: restart to first answer after each kill (s): " + restartSeconds
				+ "; acknowledged sign-ups " + this.signUpTokens.size() + ", cancels " + this.cancelAcknowledged.size()
				+ ", bookings " + this.bookings.size() + ", registrations " + this.organisations.size());
	}

	/**
	 * Runs the load on several threads until {@value #ACKS_BEFORE_KILL} writes are
	 * acknowledged in this round, then kills the application while the load still runs.
	 */
	private void runLoadUntilKilled(App app, List<String> occurrences, List<String> slots, String name)
			throws Exception {
		AtomicInteger acks = new AtomicInteger();
		AtomicBoolean stop = new AtomicBoolean();
		List<RuntimeException> problems = new java.util.concurrent.CopyOnWriteArrayList<>();
		List<Thread> workers = new ArrayList<>();
		for (int i = 0; i < WORKERS; i++) {
			Thread worker = new Thread(() -> {
				while (!stop.get()) {
					try {
						if (oneAction(app, occurrences, slots)) {
							acks.incrementAndGet();
						}
					}
					catch (IOException ex) {
						// The application is gone (killed): nothing was acknowledged.
					}
					catch (InterruptedException ex) {
						return;
					}
					catch (RuntimeException ex) {
						// A defect of this test or an answer of the wrong shape: fail, do
						// not hide it.
						problems.add(ex);
						return;
					}
				}
			});
			worker.setDaemon(true);
			worker.start();
			workers.add(worker);
		}
		long deadline = System.nanoTime() + LOAD_TIMEOUT.toNanos();
		while (acks.get() < ACKS_BEFORE_KILL) {
			if (!problems.isEmpty()) {
				stop.set(true);
				app.kill();
				throw problems.get(0);
			}
			if (System.nanoTime() > deadline) {
				stop.set(true);
				app.kill();
				fail("%s: only %d writes acknowledged in %s", name, acks.get(), LOAD_TIMEOUT);
			}
			Thread.sleep(20);
		}
		app.kill();
		stop.set(true);
		for (Thread worker : workers) {
			worker.join(TimeUnit.SECONDS.toMillis(60));
		}
	}

	/** One random user action; true when the application acknowledged a write. */
	private boolean oneAction(App app, List<String> occurrences, List<String> slots)
			throws IOException, InterruptedException {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		int dice = random.nextInt(100);
		if (dice < 45) {
			String occurrence = occurrences.get(random.nextInt(occurrences.size()));
			String[] parts = occurrence.split("@");
			HttpResponse<String> answer = send(app, "POST", "/api/v1/activities/" + parts[0] + "/signups", null, Map
				.of("firstName", "Krasj", "contact", "krasj-" + UUID.randomUUID() + "@example.no", "date", parts[1]));
			if (answer.statusCode() == 201) {
				JsonNode receipt = this.json.readTree(answer.body());
				this.signUpTokens.put(receipt.get("id").asString(), receipt.get("cancelToken").asString());
				return true;
			}
			return false;
		}
		if (dice < 70) {
			List<String> open = this.signUpTokens.keySet()
				.stream()
				.filter(id -> !this.cancelAttempted.contains(id))
				.toList();
			if (open.isEmpty()) {
				return false;
			}
			String id = open.get(random.nextInt(open.size()));
			this.cancelAttempted.add(id);
			HttpResponse<String> answer = send(app, "DELETE", "/api/v1/signups/" + this.signUpTokens.get(id), null,
					null);
			if (answer.statusCode() == 200) {
				this.cancelAcknowledged.add(id);
				return true;
			}
			return false;
		}
		if (dice < 90) {
			// A few people book many slots: overlaps are refused by their claims.
			String slot = slots.get(random.nextInt(slots.size()));
			HttpResponse<String> answer = send(app, "POST", "/api/v1/slots/" + slot + "/bookings", null,
					Map.of("firstName", "Krasj", "contact", "+47 400000" + (10 + random.nextInt(30))));
			if (answer.statusCode() == 201) {
				this.bookings.add(this.json.readTree(answer.body()).get("reference").asString());
				return true;
			}
			return false;
		}
		String subject = "krasj-" + UUID.randomUUID();
		HttpResponse<String> answer = send(app, "POST", "/api/v1/organisations",
				token(subject, "hverdag.organisations"),
				Map.of("name", "Krasjforeningen " + subject, "organisationNumber", OrganisationNumbers.fresh(),
						"municipality", "0301", "contactName", "Kari Krasj", "contactEmail", "kari@example.no",
						"description", "Vi tåler et krasj."));
		if (answer.statusCode() == 201) {
			this.organisations.put(this.json.readTree(answer.body()).get("id").asString(), subject);
			return true;
		}
		return false;
	}

	private String publishActivity(App app, int capacity) throws Exception {
		Map<String, Object> activity = new HashMap<>(Map.of("type", "LANGUAGE_CAFE", "title", "Krasjkafé",
				"description", "Vi snakker norsk, selv om serveren krasjer.", "scheduleKind", "WEEKLY", "days",
				List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"), "start", "23:00",
				"end", "23:45", "placeName", "Deichman Grünerløkka", "municipality", "0301"));
		activity.put("languages", List.of("no"));
		activity.put("free", true);
		activity.put("capacity", capacity);
		activity.put("signUpRequired", true);
		HttpResponse<String> answer = send(app, "POST", "/api/v1/organisations/" + OSLO_ORG + "/activities",
				token("frivillig-oslo", "hverdag.activities"), activity);
		assertThat(answer.statusCode()).as("publishing a test activity: %s", answer.body()).isEqualTo(201);
		return this.json.readTree(answer.body()).get("id").asString();
	}

	/**
	 * The activity's first occurrence that lies in the future (tomorrow's at the latest).
	 */
	private String firstDate(App app, String activity) throws Exception {
		HttpResponse<String> answer = send(app, "GET", "/api/v1/activities/" + activity, null, null);
		JsonNode occurrences = this.json.readTree(answer.body()).get("occurrences");
		return occurrences.get(Math.min(1, occurrences.size() - 1)).get("date").asString();
	}

	/** Free slots of the coming week from tomorrow on (never in the past). */
	private List<String> freeSlots(App app) throws Exception {
		List<String> ids = new ArrayList<>();
		LocalDate day = LocalDate.now(ZoneId.of("Europe/Oslo"));
		for (int i = 1; i <= 7 && ids.size() < 24; i++) {
			HttpResponse<String> answer = send(app, "GET",
					"/api/v1/libraries/seed-library-oslo/slots?onlyFree=true&date=" + day.plusDays(i), null, null);
			this.json.readTree(answer.body()).forEach(slot -> ids.add(slot.get("id").asString()));
		}
		return ids.subList(0, Math.min(24, ids.size()));
	}

	private HttpResponse<String> send(App app, String method, String path, String bearer, Object body)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.url() + path))
			.timeout(Duration.ofSeconds(60))
			.header("Accept", "application/json");
		if (bearer != null) {
			request.header("Authorization", "Bearer " + bearer);
		}
		if (body != null) {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(body)));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String token(String subject, String scope) {
		return OIDC
			.issueToken(ISSUER_ID, "crash-test",
					new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of("hverdag-api"),
							Map.of("scope", scope), 3600))
			.serialize();
	}

	/** The application in a child JVM on the test's class path. */
	record App(Process process, int port) {

		static App start(Path file, Path dir, String name) throws IOException {
			int port;
			try (ServerSocket socket = new ServerSocket(0)) {
				port = socket.getLocalPort();
			}
			String issuer = OIDC.issuerUrl(ISSUER_ID).toString();
			Path log = dir.resolve(name.replace(' ', '-') + ".log");
			Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
					"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx384m", "-cp",
					System.getProperty("java.class.path"), CrashTestApplication.class.getName(),
					"--server.port=" + port, "--hverdag.mongo.embedded.path=" + file, "--hverdag.seed.demo=true",
					"--hverdag.seed.demo-issuer=" + issuer, "--hverdag.rate-limits.enabled=false",
					"--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer,
					"--spring.security.oauth2.resourceserver.jwt.audiences=hverdag-api",
					"--spring.main.banner-mode=off", "--logging.level.root=WARN", "--logging.level.no.hverdag=INFO")
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			process.getOutputStream().close();
			return new App(process, port);
		}

		String url() {
			return "http://localhost:" + this.port;
		}

		void awaitReady(HttpClient http) throws Exception {
			long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
			while (System.nanoTime() < deadline) {
				if (!this.process.isAlive()) {
					fail("the application exited with %d before it answered", this.process.exitValue());
				}
				try {
					HttpResponse<Void> answer = http
						.send(HttpRequest.newBuilder(URI.create(url() + "/api/v1/municipalities/0301"))
							.timeout(Duration.ofSeconds(10))
							.build(), HttpResponse.BodyHandlers.discarding());
					if (answer.statusCode() == 200) {
						return;
					}
				}
				catch (IOException ex) {
					// Not listening yet.
				}
				Thread.sleep(200);
			}
			kill();
			fail("the application did not answer within %s", START_TIMEOUT);
		}

		/** SIGKILL on Linux and macOS: no shutdown hook, no close, nothing flushed. */
		void kill() throws InterruptedException {
			this.process.toHandle().destroyForcibly();
			assertThat(this.process.waitFor(60, TimeUnit.SECONDS)).as("the application died").isTrue();
		}

	}

	/** Sets of ids that must match, with a readable difference. */
	static void sameIds(String what, Set<String> actual, Set<String> expected) {
		Set<String> missing = new HashSet<>(expected);
		missing.removeAll(actual);
		Set<String> extra = new HashSet<>(actual);
		extra.removeAll(expected);
		assertThat(missing).as("%s: missing", what).isEmpty();
		assertThat(extra).as("%s: unexpected", what).isEmpty();
	}

}
