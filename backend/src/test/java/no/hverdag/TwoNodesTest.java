package no.hverdag;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.security.SecureRandom;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import no.hverdag.humanlibrary.Library;
import no.hverdag.humanlibrary.LibraryAdministration;
import no.hverdag.humanlibrary.PersonToBorrow;
import no.hverdag.humanlibrary.Slot;
import no.hverdag.support.TestClockConfig;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.core.publisher.Flux;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application instances on one store (issue 17): node A runs the embedded store on a
 * fixed loopback port with a configured shared secret; node B has no store of its own and
 * connects to A's over the wire protocol with {@code spring.mongodb.uri}, presenting the
 * secret as its application name. Both serve HTTP on their own ports, in this JVM, each
 * with its own application context (its own beans, sinks and caches), as two processes
 * would.
 */
@DisplayName("Two nodes on one store")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class TwoNodesTest {

	/** The sign-in limit both nodes share: 6 attempts per hour per client. */
	private static final int SIGN_IN_ATTEMPTS = 6;

	private static final String LIBRARY = "two-nodes-library";

	private ConfigurableApplicationContext nodeA;

	private ConfigurableApplicationContext nodeB;

	private WebClient a;

	private WebClient b;

	private String secret;

	@BeforeAll
	void startBothNodes() {
		int storePort = freePort();
		String secret = newSecret();
		this.secret = secret;
		Map<String, Object> common = new HashMap<>();
		common.put("server.port", 0);
		common.put("hverdag.seed.demo", false);
		common.put("hverdag.rate-limits.sign-in.capacity", SIGN_IN_ATTEMPTS);
		common.put("hverdag.rate-limits.sign-in.period", "1h");
		// Room for the concurrent bookings below from one address (both nodes count).
		common.put("hverdag.rate-limits.bookings.capacity", 100);
		common.put("hverdag.availability.poll-interval", "200ms");

		Map<String, Object> first = new HashMap<>(common);
		first.put("hverdag.mongo.embedded.path", "memory");
		first.put("hverdag.mongo.embedded.port", storePort);
		first.put("hverdag.mongo.embedded.secret", secret);
		this.nodeA = start("A", first);

		Map<String, Object> second = new HashMap<>(common);
		second.put("spring.mongodb.uri",
				"mongodb://127.0.0.1:" + storePort + "/hverdag?appName=" + secret + "&serverSelectionTimeoutMS=30000");
		this.nodeB = start("B", second);

		this.a = client(this.nodeA);
		this.b = client(this.nodeB);

		LibraryAdministration administration = this.nodeA.getBean(LibraryAdministration.class);
		administration.importLibrary(new Library(LIBRARY, "Tonodebiblioteket", "1804", "Testveien 1", null, null))
			.block(Duration.ofSeconds(30));
	}

	@AfterAll
	void stopBothNodes() {
		if (this.nodeB != null) {
			this.nodeB.close();
		}
		if (this.nodeA != null) {
			this.nodeA.close();
		}
	}

	@Test
	@DisplayName("node B reads and writes node A's store: both see the same slot")
	void oneStore() {
		String slotId = personWithOnePlace("one-store-person");
		Document seenByB = this.nodeB.getBean(ReactiveMongoTemplate.class)
			.findById(slotId, Document.class, "slots")
			.block(Duration.ofSeconds(30));
		assertThat(seenByB).as("node B finds the slot node A planned").isNotNull();
	}

	@Test
	@DisplayName("40 simultaneous bookings of a one-place slot, half through each node: exactly one succeeds")
	void neverOverbooks() {
		String slotId = personWithOnePlace("two-nodes-person");
		Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
		Flux.range(0, 40)
			.flatMap(
					i -> ((i % 2 == 0) ? this.a : this.b).post()
						.uri("/api/v1/slots/{slot}/bookings", slotId)
						.contentType(MediaType.APPLICATION_JSON)
						.bodyValue(Map.of("firstName", "Person" + i, "contact", "person" + i + "@example.no"))
						.exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value())),
					40)
			.doOnNext(status -> statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet())
			.then()
			.block(Duration.ofSeconds(60));

		assertThat(statuses).as("statuses of 40 bookings").containsOnlyKeys(201, 409);
		assertThat(statuses.get(201)).hasValue(1);
		assertThat(statuses.get(409)).hasValue(39);
		Document stored = this.nodeA.getBean(ReactiveMongoTemplate.class)
			.findById(slotId, Document.class, "slots")
			.block(Duration.ofSeconds(30));
		assertThat(stored.getInteger("remaining")).isZero();
		assertThat(stored.getList("bookings", Document.class)).hasSize(1);
	}

	@Test
	@DisplayName("sign-in attempts alternating between the nodes are refused once the shared limit is used up")
	void rateLimitHoldsAcrossNodes() {
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < SIGN_IN_ATTEMPTS + 2; i++) {
			WebClient node = (i % 2 == 0) ? this.a : this.b;
			statuses.add(node.post()
				.uri("/login/ott")
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.bodyValue("ref=nothing&code=000000")
				.exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value()))
				.block(Duration.ofSeconds(30)));
		}
		// Each node alone would allow 6: with per-node buckets the 7th and 8th would
		// pass.
		assertThat(statuses.subList(0, SIGN_IN_ATTEMPTS))
			.as("the first %d attempts, A and B in turn: %s", SIGN_IN_ATTEMPTS, statuses)
			.doesNotContain(429);
		assertThat(statuses.subList(SIGN_IN_ATTEMPTS, SIGN_IN_ATTEMPTS + 2))
			.as("attempts past the shared limit, on A and then B: %s", statuses)
			.containsExactly(429, 429);
	}

	@Test
	@DisplayName("a booking taken on node A reaches a kiosk following node B's live availability")
	void liveAvailabilityAcrossNodes() {
		String slotId = personWithOnePlace("live-person");
		List<ServerSentEvent<Map<String, Object>>> received = new java.util.concurrent.CopyOnWriteArrayList<>();
		var opened = new java.util.concurrent.CountDownLatch(1);
		var subscription = this.b.get()
			.uri("/api/v1/libraries/{id}/availability", LIBRARY)
			.accept(MediaType.TEXT_EVENT_STREAM)
			.retrieve()
			.bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>>() {
			})
			.doOnNext(event -> {
				opened.countDown();
				received.add(event);
			})
			.subscribe();
		try {
			assertThat(opened.await(30, java.util.concurrent.TimeUnit.SECONDS))
				.as("node B's availability stream opened within 30 s")
				.isTrue();
			Integer status = this.a.post()
				.uri("/api/v1/slots/{slot}/bookings", slotId)
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("firstName", "Kari", "contact", "kari@example.no"))
				.exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value()))
				.block(Duration.ofSeconds(30));
			assertThat(status).isEqualTo(201);

			org.awaitility.Awaitility.await("node B streams the slot taken on node A")
				.atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(received).anySatisfy(event -> {
					assertThat(event.event()).isEqualTo("slot");
					assertThat(event.data()).containsEntry("slotId", slotId).containsEntry("remaining", 0);
				}));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		finally {
			subscription.dispose();
		}
	}

	@Test
	@DisplayName("the shared store secret appears in no log line of either node")
	void secretNotLogged(CapturedOutput output) {
		assertThat(output.getAll()).as("the capture covers both starts").contains("Netty started on port");
		assertThat(output.getAll()).as("the log of both nodes' start and work").doesNotContain(this.secret);
	}

	/** A person at the library with one place at 14:00 today; answers that slot's id. */
	private String personWithOnePlace(String personId) {
		this.nodeA.getBean(LibraryAdministration.class)
			.importPerson(new PersonToBorrow(personId, LIBRARY, "Trude", List.of("Prat"), List.of("no"),
					EnumSet.allOf(DayOfWeek.class), List.of(LocalTime.of(14, 0)), 60, 1))
			.block(Duration.ofSeconds(30));
		return Slot.idFor(personId, TestClockConfig.NOW.toLocalDate(), LocalTime.of(14, 0));
	}

	private static ConfigurableApplicationContext start(String name, Map<String, Object> properties) {
		try {
			// As command-line arguments: they win over application.yml (default
			// properties
			// would not).
			String[] arguments = properties.entrySet()
				.stream()
				.map(property -> "--" + property.getKey() + "=" + property.getValue())
				.toArray(String[]::new);
			return new SpringApplicationBuilder(HverdagApplication.class, TestClockConfig.class).run(arguments);
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("Node " + name + " did not start (see the log above for why)", ex);
		}
	}

	private static WebClient client(ConfigurableApplicationContext node) {
		int port = ((WebServerApplicationContext) node).getWebServer().getPort();
		return WebClient.builder()
			.baseUrl("http://localhost:" + port)
			.clientConnector(new ReactorClientHttpConnector(reactor.netty.http.client.HttpClient
				.create(reactor.netty.resources.ConnectionProvider.create("two-nodes-" + port, 50))))
			.build();
	}

	private static String newSecret() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
