package no.hverdag;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.hverdag.accounts.AccessControl;
import no.hverdag.accounts.Role;
import no.hverdag.accounts.RoleAssignment;
import no.hverdag.booking.Period;
import no.hverdag.booking.PersonalTime;
import no.hverdag.humanlibrary.Library;
import no.hverdag.humanlibrary.LibraryAdministration;
import no.hverdag.humanlibrary.Session;
import no.hverdag.humanlibrary.SessionEdit;
import no.hverdag.humanlibrary.SessionEdits;
import no.hverdag.humanlibrary.Slot;
import no.hverdag.humanlibrary.internal.HumanLibraryStore;
import no.hverdag.humanlibrary.internal.SessionStore;
import no.hverdag.humanlibrary.internal.SlotDocument;
import no.hverdag.humanlibrary.internal.SlotMoves;
import no.hverdag.support.Actors;
import no.hverdag.support.HverdagIntegrationTest;
import no.hverdag.support.Requests;
import no.hverdag.support.TestClockConfig;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * A session edit that moves a booked slot is several writes. Stopped after any of them
 * (as a crash would), the recovery finishes it: the booking is in exactly one slot, at
 * the new time, holding the claims of the new time only, and the person is told. And an
 * edit racing the same person's booking of another slot at the new time never leaves them
 * with two overlapping bookings or a claim without its booking.
 */
@HverdagIntegrationTest
class SessionEditCrashAndRaceTest {

	static final String LIBRARY = "crash-edit-library";

	static final String STAFF = "crash-edit-staff";

	@Autowired
	WebTestClient client;

	@Autowired
	LibraryAdministration administration;

	@Autowired
	AccessControl accessControl;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	SessionStore sessions;

	@Autowired
	SessionEdits edits;

	@Autowired
	SlotMoves moves;

	@Autowired
	HumanLibraryStore store;

	@Autowired
	PersonalTime personalTime;

	@BeforeEach
	void library() {
		this.administration
			.importLibrary(new Library(LIBRARY, "Krasjbiblioteket", "1806", "Krasjveien 1, Bodø", null, null))
			.block();
		this.accessControl.importAssignment(new RoleAssignment(Actors.ISSUER, STAFF, Role.LIBRARY_STAFF, LIBRARY))
			.block();
	}

	@Test
	@DisplayName("an edit stopped after any of its writes is finished by the recovery: one booking, new claims only")
	void stoppedEditsAreFinished() {
		String person = volunteer();
		for (int stopAfter = 0; stopAfter <= 5; stopAfter++) {
			LocalDate day = TestClockConfig.NOW.toLocalDate().plusDays(6 + stopAfter);
			String contact = "crash" + stopAfter + "@example.no";
			String sessionId = session(person, day, "13:00", "13:30");
			book(Slot.idFor(person, day, LocalTime.of(13, 0)), contact);
			Session before = this.sessions.find(LIBRARY, sessionId).block();
			Session after = new SessionEdit("15:00", "15:30", null, null, null, null, null)
				.decide(before, List.of(), List.of())
				.edited();
			String oldId = before.slotId(day, LocalTime.of(13, 0));

			// The steps of the edit, stopped after `stopAfter` of them.
			this.sessions
				.beginEdit(before, after, TestClockConfig.NOW.atZone(java.time.ZoneId.of("Europe/Oslo")).toInstant())
				.block();
			SlotDocument fresh = this.store.newSessionSlot(after, this.store.person(person).block(), day,
					LocalTime.of(15, 0));
			List<Runnable> steps = new ArrayList<>();
			SlotDocument[] frozen = new SlotDocument[1];
			steps.add(() -> frozen[0] = this.moves.freeze(oldId, fresh.id()).block());
			steps.add(() -> this.moves.ensure(fresh).block());
			steps.add(
					() -> this.personalTime
						.claim(contact, frozen[0].bookings().get(0).reference(),
								List.of(Period.of(day, LocalTime.of(15, 0), LocalTime.of(15, 30))))
						.block());
			steps.add(() -> this.moves.push(fresh.id(), frozen[0].bookings().get(0)).block());
			steps.add(
					() -> this.personalTime
						.releaseMoved(contact, frozen[0].bookings().get(0).reference(),
								List.of(Period.of(day, LocalTime.of(13, 0), LocalTime.of(13, 30))),
								List.of(Period.of(day, LocalTime.of(15, 0), LocalTime.of(15, 30))))
						.block());
			steps.subList(0, stopAfter).forEach(Runnable::run);

			// Restart: the recovery finishes every edit under way, and a second run finds
			// none.
			assertThat(this.edits.recover(Instant.parse("2100-01-01T00:00:00Z")).block()).isPositive();
			assertThat(this.edits.recover(Instant.parse("2100-01-01T00:00:00Z")).block()).isZero();

			String round = "stopped after " + stopAfter + " step(s)";
			assertThat(slotsHolding(contact)).as(round).containsExactly(fresh.id());
			assertThat(claimIds(contact)).as(round)
				.containsExactlyInAnyOrder(contact + "|" + day + "|15:00", contact + "|" + day + "|15:15");
			assertThat(this.sessions.find(LIBRARY, sessionId).block().start()).as(round).isEqualTo(LocalTime.of(15, 0));
			assertThat(this.mongo.findById(sessionId, Document.class, "sessions").block().get("edit")).as(round)
				.isNull();
			assertThat(this.mongo.count(Query.query(Criteria.where("recipient").is(contact)), "outbox").block())
				.as(round + ": confirmation and move told")
				.isEqualTo(2);
			everySlotCountsItsBookings(round);
		}
	}

	@Test
	@DisplayName("an edit racing the same person's booking at the new time: one booking at that time, claims all owned")
	void editRacesBooking() {
		String moved = volunteer();
		String other = volunteer();
		for (int round = 0; round < 6; round++) {
			LocalDate day = TestClockConfig.NOW.toLocalDate().plusDays(1 + round);
			String contact = "race" + round + "@example.no";
			String sessionId = session(moved, day, "13:00", "13:30");
			session(other, day, "15:00", "15:30");
			book(Slot.idFor(moved, day, LocalTime.of(13, 0)), contact);
			String otherSlot = Slot.idFor(other, day, LocalTime.of(15, 0));

			Flux.merge(
					Mono.fromRunnable(() -> asStaff().patch()
						.uri("/api/v1/libraries/{lib}/sessions/{id}", LIBRARY, sessionId)
						.bodyValue(Map.of("start", "15:00", "end", "15:30"))
						.exchange()
						.expectStatus()
						.isOk()).subscribeOn(Schedulers.boundedElastic()),
					Mono.fromRunnable(() -> this.client.mutateWith(csrf())
						.post()
						.uri("/api/v1/slots/{slot}/bookings", otherSlot)
						.contentType(MediaType.APPLICATION_JSON)
						.bodyValue(Map.of("firstName", "Rask", "contact", contact))
						.exchange()
						.expectStatus()
						.value(status -> assertThat(status).isIn(201, 409))).subscribeOn(Schedulers.boundedElastic()))
				.blockLast();

			String what = "round " + round;
			List<String> holding = slotsHolding(contact);
			assertThat(holding).as(what + ": exactly one booking at 15:00").hasSize(1);
			assertThat(claimIds(contact)).as(what + ": the claims of that booking only")
				.containsExactlyInAnyOrder(contact + "|" + day + "|15:00", contact + "|" + day + "|15:15");
			everySlotCountsItsBookings(what);
		}
	}

	private void everySlotCountsItsBookings(String what) {
		Set<String> references = new HashSet<>();
		for (Document slot : this.mongo
			.find(Query.query(Criteria.where("libraryId").is(LIBRARY)), Document.class, "slots")
			.collectList()
			.block()) {
			List<Document> bookings = slot.getList("bookings", Document.class, List.of());
			assertThat(slot.getInteger("remaining")).as(what + ": " + slot.getString("_id"))
				.isEqualTo(slot.getInteger("capacity") - bookings.size());
			bookings.forEach(b -> assertThat(references.add(b.getString("reference")))
				.as(what + ": booking " + b.getString("reference") + " in one slot only")
				.isTrue());
		}
		for (Document claim : this.mongo.findAll(Document.class, "contact_claims").collectList().block()) {
			String contact = claim.getString("contact");
			if (contact.startsWith("crash") || contact.startsWith("race")) {
				assertThat(references).as(what + ": claim " + claim.getString("_id") + " has its booking")
					.contains(claim.getString("holder"));
			}
		}
	}

	private List<String> slotsHolding(String contact) {
		return this.mongo.find(Query.query(Criteria.where("bookings.contact").is(contact)), Document.class, "slots")
			.map(slot -> slot.getString("_id"))
			.collectList()
			.block();
	}

	private List<String> claimIds(String contact) {
		return this.mongo.find(Query.query(Criteria.where("contact").is(contact)), Document.class, "contact_claims")
			.map(claim -> claim.getString("_id"))
			.collectList()
			.block();
	}

	private String volunteer() {
		String offerId = BorrowALocal.offerAt(this.client, Actors.newcomerSubject(), LIBRARY);
		asStaff().post().uri("/api/v1/offers/{id}/approval", offerId).exchange().expectStatus().isOk();
		return offerId;
	}

	private String session(String person, LocalDate day, String start, String end) {
		return Requests
			.postJson(asStaff(),
					Map.of("personId", person, "kind", "ONE_OFF", "date", day.toString(), "start", start, "end", end,
							"slotMinutes", "30", "room", "Rom K"),
					"/api/v1/libraries/{lib}/sessions", LIBRARY)
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.toString();
	}

	private void book(String slotId, String contact) {
		Requests
			.postJson(this.client.mutateWith(csrf()), Map.of("firstName", "Nora", "contact", contact),
					"/api/v1/slots/{slot}/bookings", slotId)
			.expectStatus()
			.isCreated();
	}

	private WebTestClient asStaff() {
		return Requests.signedIn(this.client, STAFF);
	}

}
