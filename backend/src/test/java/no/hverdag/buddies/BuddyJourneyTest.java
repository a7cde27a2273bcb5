package no.hverdag.buddies;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import no.hverdag.buddies.internal.BuddyMessages;
import no.hverdag.buddies.internal.BuddyStore;
import no.hverdag.support.HverdagIntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static no.hverdag.support.Requests.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Culture buddies through the API, as the people and the coordinator use it: enrolment
 * with clear refusals, a round only its coordinator sees, publishing once, consent that
 * gates names and contact points, a decline that returns both to the pool, and the
 * follow-ups.
 */
@HverdagIntegrationTest
class BuddyJourneyTest {

	static final String COORDINATOR = "koordinator-skien";

	@Autowired
	WebTestClient client;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	BuddyStore store;

	@Autowired
	BuddyMessages messages;

	@Autowired
	Clock clock;

	@Test
	@DisplayName("enrol, approve, run, publish once, both say yes → names and contacts; a no → both back in the pool; follow-ups at 1 and 3 months")
	void journey() {
		// OR-Tools unpacks its native libraries on first use; not inside a request's
		// timeout.
		no.hverdag.buddies.internal.OrToolsAssignment.NativeLibrary.load();
		String programme = newProgramme();
		String suffix = Long.toString(System.nanoTime());
		String amal = "amal-" + suffix;
		String kari = "kari-" + suffix;
		String yonas = "yonas-" + suffix;
		String ola = "ola-" + suffix;
		enrol(programme, amal,
				body("NEWCOMER", "Amal", amal + "@example.no", List.of("ar", "en"), "THURSDAY_EVENING", "FOOTBALL"));
		enrol(programme, yonas,
				body("NEWCOMER", "Yonas", yonas + "@example.no", List.of("ti", "en"), "TUESDAY_EVENING", "GAMES"));
		String kariId = enrol(programme, kari,
				body("LOCAL", "Kari", kari + "@example.no", List.of("en"), "THURSDAY_EVENING", "FOOTBALL"));
		String olaId = enrol(programme, ola,
				body("LOCAL", "Ola", ola + "@example.no", List.of("en"), "TUESDAY_EVENING", "GAMES"));

		// Locals wait for the coordinator's conversation; a round before that has nobody
		// to pair.
		approve(programme, kariId, false).expectStatus().isBadRequest();
		approve(programme, kariId, true).expectStatus().isNoContent();
		approve(programme, olaId, true).expectStatus().isNoContent();

		Map<String, Object> round = startRound(programme);
		List<Map<String, Object>> proposals = list(round.get("proposals"));
		assertThat(proposals).extracting(p -> p.get("newcomerFirstName") + "+" + p.get("localFirstName"))
			.containsExactlyInAnyOrder("Amal+Kari", "Yonas+Ola");
		Map<String, Object> amalKari = proposals.stream()
			.filter(p -> "Amal".equals(p.get("newcomerFirstName")))
			.findFirst()
			.orElseThrow();
		assertThat(list(amalKari.get("reasons"))).extracting(r -> r.get("text"))
			.contains("begge liker fotball", "begge ledige torsdag kveld", "felles språk: engelsk");
		String roundId = (String) round.get("id");
		long version = ((Number) round.get("version")).longValue();

		// Nobody but the round's coordinator sees it, and nobody is asked before it is
		// published.
		signedIn(this.client, "koordinator-bodo").get()
			.uri("/api/v1/buddies/programmes/{p}/rounds/{r}", programme, roundId)
			.exchange()
			.expectStatus()
			.isForbidden();
		assertThat(myPairings(amal)).isEmpty();

		// Two publishes of the same version at once: exactly one wins, the other is told.
		List<Integer> statuses = publishTwiceAtOnce(programme, roundId, version);
		assertThat(statuses).containsExactlyInAnyOrder(200, 409);

		Map<String, Object> amalsProposal = myPairings(amal).get(0);
		assertThat(amalsProposal.get("status")).isEqualTo("PROPOSED");
		assertThat(amalsProposal.get("buddyFirstName")).isNull();
		assertThat(amalsProposal.get("buddyContact")).isNull();
		String pairing = (String) amalsProposal.get("id");

		// Someone else cannot answer Amal's proposal, and nothing is written.
		answer(yonas, pairing, "YES").expectStatus().isNotFound();
		answer(amal, pairing, "YES").expectStatus().isOk().expectBody().jsonPath("$.buddyFirstName").doesNotExist();
		assertThat(myPairings(kari).get(0).get("buddyFirstName")).isNull();
		answer(amal, pairing, "YES").expectStatus().isEqualTo(409);
		answer(kari, pairing, "YES").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("ACTIVE")
			.jsonPath("$.buddyFirstName")
			.isEqualTo("Amal")
			.jsonPath("$.buddyContact")
			.isEqualTo(amal + "@example.no");
		assertThat(myPairings(amal).get(0)).containsEntry("buddyFirstName", "Kari")
			.containsEntry("buddyContact", kari + "@example.no");

		// Ola says no: Yonas is not told who, sees no name, and both are back in the
		// pool.
		String yonasPairing = (String) myPairings(yonas).get(0).get("id");
		answer(ola, yonasPairing, "NO").expectStatus().isOk();
		Map<String, Object> yonasView = myPairings(yonas).get(0);
		assertThat(yonasView.get("status")).isEqualTo("DECLINED");
		assertThat(yonasView.get("buddyFirstName")).isNull();
		answer(yonas, yonasPairing, "YES").expectStatus().isEqualTo(409);
		List<Map<String, Object>> next = list(startRound(programme).get("proposals"));
		assertThat(next).extracting(p -> p.get("newcomerFirstName") + "+" + p.get("localFirstName"))
			.containsExactly("Yonas+Ola");

		// Follow-ups: one a month after both said yes, none twice, the next at three
		// months.
		followUps(Duration.ofDays(20));
		assertThat(checkInLinks(amal)).isEmpty();
		followUps(Duration.ofDays(32));
		followUps(Duration.ofDays(33));
		assertThat(checkInLinks(amal)).hasSize(1);
		assertThat(checkInLinks(kari)).hasSize(1);
		String text = checkInLinks(amal).get(0);
		String token = text.substring(text.indexOf("/buddies/check-in/") + "/buddies/check-in/".length()).strip();
		this.client
			.mutateWith(org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf())
			.post()
			.uri("/api/v1/buddies/check-ins/{t}", token)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("answer", "NEED_HELP"))
			.exchange()
			.expectStatus()
			.isNoContent();
		signedIn(this.client, COORDINATOR).get()
			.uri("/api/v1/buddies/programmes/{p}/help-requests", programme)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[0].newcomerFirstName")
			.isEqualTo("Amal");
		followUps(Duration.ofDays(95));
		assertThat(checkInLinks(amal)).hasSize(2);

		// A graceful end.
		signedIn(this.client, kari).post()
			.uri("/api/v1/buddies/pairings/{id}/ending", pairing)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("ending", "FRIENDS"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("ENDED");
	}

	@Test
	@DisplayName("bad input is refused in the user's language and writes nothing; someone else's programme is refused")
	void badInput() {
		String programme = newProgramme();
		String person = "bad-" + System.nanoTime();
		Map<String, Object> unknownLanguage = body("NEWCOMER", "Nour", person + "@example.no", List.of("xx"),
				"MONDAY_EVENING", "FOOTBALL");
		signedIn(this.client, person).post()
			.uri("/api/v1/buddies/programmes/{id}/enrolments", programme)
			.header("Accept-Language", "ar")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(unknownLanguage)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("languages")
			.jsonPath("$.errors[0].message")
			.isEqualTo("لا نعرف هذه اللغة. استخدم رمز لغة مثل «ar» أو «en».");
		Map<String, Object> impossibleWish = new HashMap<>(
				body("NEWCOMER", "Nour", person + "@example.no", List.of("ar"), "MONDAY_EVENING", "FOOTBALL"));
		impossibleWish.put("wishSameGender", true);
		signedIn(this.client, person).post()
			.uri("/api/v1/buddies/programmes/{id}/enrolments", programme)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(impossibleWish)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("wishSameGender")
			.jsonPath("$.errors[0].message")
			.isEqualTo("Ingen kan oppfylle ønsket om samme kjønn uten at du oppgir ditt eget kjønn.");
		signedIn(this.client, person).get()
			.uri("/api/v1/buddies/enrolments/mine")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.json("[]");

		signedIn(this.client, "koordinator-bodo").post()
			.uri("/api/v1/buddies/programmes/{id}/rounds", programme)
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of())
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("You do not coordinate this programme.");
		signedIn(this.client, COORDINATOR).post()
			.uri("/api/v1/buddies/programmes/{id}/rounds", programme)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("weights",
					Map.of("interests", 11, "lifeSituation", 2, "distance", 4, "profession", 2, "ageCloseness", 2,
							"waiting", 3)))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("weights.interests");
		assertThat(this.mongo.count(Query.query(Criteria.where("programmeId").is(programme)), "buddy_rounds").block())
			.isZero();
	}

	// --- helpers

	private String newProgramme() {
		Map<String, Object> created = signedIn(this.client, COORDINATOR).post()
			.uri("/api/v1/buddies/programmes")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "Test " + System.nanoTime(), "municipality", "4003", "descriptions",
					Map.of("nb", "Et testprogram.")))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(MAP)
			.returnResult()
			.getResponseBody();
		return (String) created.get("id");
	}

	static final org.springframework.core.ParameterizedTypeReference<Map<String, Object>> MAP = new org.springframework.core.ParameterizedTypeReference<>() {
	};

	static final org.springframework.core.ParameterizedTypeReference<List<Map<String, Object>>> LIST = new org.springframework.core.ParameterizedTypeReference<>() {
	};

	private static Map<String, Object> body(String side, String firstName, String contact, List<String> languages,
			String free, String interest) {
		Map<String, Object> body = new HashMap<>();
		body.put("side", side);
		body.put("firstName", firstName);
		body.put("contact", contact);
		body.put("languages", languages);
		body.put("norwegian", side.equals("LOCAL") ? "FLUENT" : "BEGINNER");
		body.put("district", "Sentrum");
		body.put("interests", List.of(interest));
		body.put("ageBand", "AGE_26_35");
		body.put("free", List.of(free));
		body.put("capacity", 1);
		body.put("acceptTerms", side.equals("LOCAL"));
		return body;
	}

	private String enrol(String programme, String subject, Map<String, Object> body) {
		Map<String, Object> created = signedIn(this.client, subject).post()
			.uri("/api/v1/buddies/programmes/{id}/enrolments", programme)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(MAP)
			.returnResult()
			.getResponseBody();
		return (String) created.get("id");
	}

	private WebTestClient.ResponseSpec approve(String programme, String enrolment, boolean conversation) {
		return signedIn(this.client, COORDINATOR).post()
			.uri("/api/v1/buddies/programmes/{p}/enrolments/{e}/approval", programme, enrolment)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("conversationHeld", conversation))
			.exchange();
	}

	private Map<String, Object> startRound(String programme) {
		return signedIn(this.client, COORDINATOR).post()
			.uri("/api/v1/buddies/programmes/{p}/rounds?lang=nb", programme)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of())
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(MAP)
			.returnResult()
			.getResponseBody();
	}

	private List<Integer> publishTwiceAtOnce(String programme, String roundId, long version) {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> results = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			results.add(pool.submit(() -> {
				start.await();
				return signedIn(this.client, COORDINATOR).post()
					.uri("/api/v1/buddies/programmes/{p}/rounds/{r}/publication", programme, roundId)
					.contentType(MediaType.APPLICATION_JSON)
					.bodyValue(Map.of("version", version))
					.exchange()
					.returnResult(String.class)
					.getStatus()
					.value();
			}));
		}
		start.countDown();
		List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
		for (Future<Integer> result : results) {
			try {
				statuses.add(result.get(60, TimeUnit.SECONDS));
			}
			catch (Exception ex) {
				throw new AssertionError("a publish did not answer within a minute", ex);
			}
		}
		pool.shutdown();
		return statuses;
	}

	private List<Map<String, Object>> myPairings(String subject) {
		return signedIn(this.client, subject).get()
			.uri("/api/v1/buddies/pairings/mine?lang=nb")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(LIST)
			.returnResult()
			.getResponseBody();
	}

	private WebTestClient.ResponseSpec answer(String subject, String pairing, String answer) {
		return signedIn(this.client, subject).post()
			.uri("/api/v1/buddies/pairings/{id}/answer", pairing)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("answer", answer))
			.exchange();
	}

	private long followUps(Duration later) {
		return new BuddyFollowUps(this.store, this.messages, Clock.offset(this.clock, later)).sendDue().block();
	}

	/** The follow-up messages someone got, oldest first. */
	private List<String> checkInLinks(String subject) {
		return outbox(subject + "@example.no").stream()
			.map(d -> d.getString("text"))
			.filter(text -> text.contains("/buddies/check-in/"))
			.toList();
	}

	private List<Document> outbox(String recipient) {
		return this.mongo.find(Query.query(Criteria.where("recipient").is(recipient)), Document.class, "outbox")
			.collectList()
			.block();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Object value) {
		return (List<Map<String, Object>>) value;
	}

}
