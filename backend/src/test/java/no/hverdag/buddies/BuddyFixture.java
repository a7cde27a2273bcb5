package no.hverdag.buddies;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.hverdag.buddies.internal.BuddyMessages;
import no.hverdag.buddies.internal.BuddyStore;
import org.bson.Document;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static no.hverdag.support.Requests.signedIn;

/**
 * A culture-buddy programme in Oslo, run by an Oslo organisation, for the authorization
 * matrix, built through the API: a published round in which {@code newcomerSubject} has a
 * proposal to answer and another pair is active with a check-in link, an open draft round
 * of Oslo's coordinator, and a local waiting for approval.
 */
public final class BuddyFixture {

	public static final String COORDINATOR = "koordinator-oslo";

	/** Oslo's approved demo organisation runs the programme, with Oslo's coordinator. */
	public static final String ORGANISATION = "seed-org-grunerlokka-frivilligsentral";

	public final String programme;

	public final String draftRound;

	public final String proposedPairing;

	public final String checkInToken;

	public final String awaitingLocal;

	/** A pairing both said yes to, and its newcomer. */
	public final String activePairing;

	public final String activeNewcomer;

	public BuddyFixture(WebTestClient client, ReactiveMongoTemplate mongo, BuddyStore store, BuddyMessages messages,
			Clock clock, String newcomerSubject) {
		// OR-Tools unpacks its native libraries on first use; not inside a request's
		// timeout.
		no.hverdag.buddies.internal.OrToolsAssignment.NativeLibrary.load();
		String run = Long.toString(System.nanoTime());
		this.programme = (String) signedIn(client, COORDINATOR).post()
			.uri("/api/v1/buddies/programmes")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "Matrise " + run, "municipality", "0301", "organisationId", ORGANISATION,
					"descriptions", Map.of("nb", "Matrisens program.")))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id");
		enrol(client, newcomerSubject, "NEWCOMER", "THURSDAY_EVENING");
		approve(client, enrol(client, "buddy-matrix-l1-" + run, "LOCAL", "THURSDAY_EVENING"));
		String n3 = "buddy-matrix-n3-" + run;
		String l3 = "buddy-matrix-l3-" + run;
		enrol(client, n3, "NEWCOMER", "TUESDAY_EVENING");
		approve(client, enrol(client, l3, "LOCAL", "TUESDAY_EVENING"));
		Map<?, ?> first = startRound(client);
		signedIn(client, COORDINATOR).post()
			.uri("/api/v1/buddies/programmes/{p}/rounds/{r}/publication", this.programme, first.get("id"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("version", first.get("version")))
			.exchange()
			.expectStatus()
			.isOk();
		String active = pairingOf(client, n3);
		this.activePairing = active;
		this.activeNewcomer = n3;
		for (String subject : List.of(n3, l3)) {
			signedIn(client, subject).post()
				.uri("/api/v1/buddies/pairings/{id}/answer", active)
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("answer", "YES"))
				.exchange()
				.expectStatus()
				.isOk();
		}
		new BuddyFollowUps(store, messages, Clock.offset(clock, Duration.ofDays(32))).sendDue().block();
		String text = mongo
			.find(Query.query(Criteria.where("recipient").is(n3 + "@example.no")), Document.class, "outbox")
			.map(d -> d.getString("text"))
			.filter(t -> t.contains("/buddies/check-in/"))
			.blockLast();
		this.checkInToken = text.substring(text.indexOf("/buddies/check-in/") + "/buddies/check-in/".length()).strip();
		this.proposedPairing = pairingOf(client, newcomerSubject);
		enrol(client, "buddy-matrix-n2-" + run, "NEWCOMER", "WEDNESDAY_EVENING");
		approve(client, enrol(client, "buddy-matrix-l2-" + run, "LOCAL", "WEDNESDAY_EVENING"));
		this.draftRound = (String) startRound(client).get("id");
		this.awaitingLocal = enrol(client, "buddy-matrix-l4-" + run, "LOCAL", "FRIDAY_EVENING");
	}

	/** An enrolment body that passes, for the given side and free time. */
	public static Map<String, Object> enrolment(String subject, String side, String free) {
		Map<String, Object> body = new HashMap<>();
		body.put("side", side);
		body.put("firstName", "Matrise");
		body.put("contact", subject + "@example.no");
		body.put("languages", List.of("en"));
		body.put("norwegian", "LOCAL".equals(side) ? "FLUENT" : "BEGINNER");
		body.put("interests", List.of("FOOTBALL"));
		body.put("ageBand", "AGE_26_35");
		body.put("free", List.of(free));
		body.put("capacity", 1);
		body.put("acceptTerms", true);
		return body;
	}

	private String enrol(WebTestClient client, String subject, String side, String free) {
		return (String) signedIn(client, subject).post()
			.uri("/api/v1/buddies/programmes/{id}/enrolments", this.programme)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(enrolment(subject, side, free))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id");
	}

	private void approve(WebTestClient client, String enrolment) {
		signedIn(client, COORDINATOR).post()
			.uri("/api/v1/buddies/programmes/{p}/enrolments/{e}/approval", this.programme, enrolment)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("conversationHeld", true))
			.exchange()
			.expectStatus()
			.isNoContent();
	}

	private Map<?, ?> startRound(WebTestClient client) {
		return signedIn(client, COORDINATOR).post()
			.uri("/api/v1/buddies/programmes/{p}/rounds", this.programme)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of())
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	private static String pairingOf(WebTestClient client, String subject) {
		return (String) signedIn(client, subject).get()
			.uri("/api/v1/buddies/pairings/mine")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBodyList(Map.class)
			.returnResult()
			.getResponseBody()
			.get(0)
			.get("id");
	}

}
