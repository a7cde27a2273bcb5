package no.hverdag;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import no.hverdag.accounts.AccessControl;
import no.hverdag.accounts.Role;
import no.hverdag.accounts.RoleAssignment;
import no.hverdag.humanlibrary.Library;
import no.hverdag.humanlibrary.LibraryAdministration;
import no.hverdag.humanlibrary.Slot;
import no.hverdag.support.Actors;
import no.hverdag.support.HverdagIntegrationTest;
import no.hverdag.support.Requests;
import no.hverdag.support.TestClockConfig;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static no.hverdag.HumanLibraryJourneyTest.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * Issue 12: library staff edit a session through the page and the API. Moving the times
 * moves the bookings with their claims, and every booked person is told in the language
 * they booked in; an overlap with the volunteer's other session, or fewer places than are
 * booked, is refused with the reason at its field and nothing changes.
 */
@HverdagIntegrationTest
class SessionEditJourneyTest {

	static final String LIBRARY = "edit-library";

	static final String STAFF = "edit-staff";

	@Autowired
	WebTestClient client;

	@Autowired
	LibraryAdministration administration;

	@Autowired
	AccessControl accessControl;

	@Autowired
	ReactiveMongoTemplate mongo;

	@BeforeEach
	void library() {
		this.administration
			.importLibrary(new Library(LIBRARY, "Endringsbiblioteket", "1806", "Endringsveien 1, Bodø", null, null))
			.block();
		this.accessControl.importAssignment(new RoleAssignment(Actors.ISSUER, STAFF, Role.LIBRARY_STAFF, LIBRARY))
			.block();
	}

	@Test
	@DisplayName("moving a session's times moves each booking and its claims, and tells each person in their language")
	void moveTellsEachInTheirLanguage() {
		String person = volunteer();
		LocalDate day = TestClockConfig.NOW.toLocalDate().plusDays(4);
		String sessionId = session(person, day, "13:00", "14:00", "Rom 1");
		book("ar", slotId(person, day, "13:00"), "Layla", "layla-edit@example.no");
		book("nb", slotId(person, day, "13:30"), "Ola", "ola-edit@example.no");

		String editPage = page(
				asStaff().get().uri("/staff/libraries/{lib}/sessions/{id}/edit?lang=nb", LIBRARY, sessionId));
		assertThat(editPage).contains("Endre økten", "/sessions/" + sessionId + "/edit", "kl. 13:00–14:00, Rom 1",
				"value=\"13:00\"", "value=\"Rom 1\"", "Plasser per tid");
		asStaff().post()
			.uri("/staff/libraries/{lib}/sessions/{id}/edit", LIBRARY, sessionId)
			.body(BodyInserters.fromFormData(form("start", "15:00", "end", "16:00", "slotMinutes", "30", "room",
					"Rom 2", "capacity", "2", "topics", "knitting", "languages", "ar")))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.SEE_OTHER)
			.expectHeader()
			.location("/staff/libraries/" + LIBRARY + "?sessionEdited");

		// Each is told, in the language they booked in, of the new time and room.
		assertThat(latestTo("layla-edit@example.no").getString("text")).contains("نقلت مكتبة Endringsbiblioteket",
				"15:00", "Rom 2");
		assertThat(latestTo("ola-edit@example.no").getString("text"))
			.contains("Biblioteket Endringsbiblioteket har flyttet tiden din", "15:30", "Rom 2");
		// The day's slots are the new ones, with the bookings and the new places.
		List<Map> slots = this.client.get()
			.uri("/api/v1/libraries/{lib}/slots?date={day}", LIBRARY, day)
			.exchange()
			.expectBodyList(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(slots).extracting(s -> s.get("start")).containsExactly("15:00:00", "15:30:00");
		assertThat(slots).extracting(s -> s.get("remaining")).containsExactly(1, 1);
		// The claims moved with the bookings: the new quarter hours, none of the old.
		assertThat(claimsOf("layla-edit@example.no")).containsExactlyInAnyOrder(
				"layla-edit@example.no|" + day + "|15:00", "layla-edit@example.no|" + day + "|15:15");
		assertThat(claimsOf("ola-edit@example.no")).containsExactlyInAnyOrder("ola-edit@example.no|" + day + "|15:30",
				"ola-edit@example.no|" + day + "|15:45");
		// Every slot still counts exactly its bookings; the edit is in the audit log.
		for (Document slot : this.mongo
			.find(Query.query(Criteria.where("sessionId").is(sessionId)), Document.class, "slots")
			.collectList()
			.block()) {
			assertThat(slot.getInteger("remaining")).as(slot.getString("_id"))
				.isEqualTo(slot.getInteger("capacity") - slot.getList("bookings", Document.class).size());
		}
		assertThat(this.mongo
			.count(Query.query(Criteria.where("action").is("SESSION_EDITED").and("detail").is(sessionId)), "audit_log")
			.block()).isEqualTo(1);
		assertThat(page(asStaff().get().uri("/staff/libraries/{lib}?sessionEdited&lang=nb", LIBRARY)))
			.contains("Økten er endret", "Rom 2");
	}

	@Test
	@DisplayName("an overlap with the volunteer's other session and fewer places than booked are refused, nothing changes")
	void refusals() {
		String person = volunteer();
		LocalDate day = TestClockConfig.NOW.toLocalDate().plusDays(5);
		String morning = session(person, day, "10:00", "11:00", "Rom A");
		String noon = session(person, day, "12:00", "13:00", "Rom B");

		// Over the API: the noon session moved onto the morning one.
		asStaff().put()
			.uri("/api/v1/libraries/{lib}/sessions/{id}?lang=nb", LIBRARY, noon)
			.bodyValue(Map.of("start", "10:30", "end", "11:30"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("start")
			.jsonPath("$.errors[0].message")
			.isEqualTo("Den frivillige har en annen økt som overlapper disse tidene. Velg andre tider.");

		// Two places, both booked; then one place is refused (PATCH), on the page too.
		patch(morning, Map.of("capacity", "2")).expectStatus().isOk();
		book("nb", slotId(person, day, "10:00"), "Kari", "kari-edit@example.no");
		book("en", slotId(person, day, "10:00"), "John", "john-edit@example.no");
		patch(morning, Map.of("capacity", "1")).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("capacity");
		String refused = asStaff().post()
			.uri("/staff/libraries/{lib}/sessions/{id}/edit?lang=ar", LIBRARY, morning)
			.body(BodyInserters.fromFormData(
					form("start", "10:00", "end", "11:00", "slotMinutes", "30", "room", "Rom C", "capacity", "1")))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(refused).contains("عدد من حجزوا موعدًا في هذه الجلسة أكبر", "value=\"Rom C\"",
				"aria-invalid=\"true\"");

		// Nothing changed: the slot keeps its two places and room, the sessions their
		// times.
		Document slot = this.mongo.findById(slotId(person, day, "10:00"), Document.class, "slots").block();
		assertThat(slot.getInteger("capacity")).isEqualTo(2);
		assertThat(slot.getInteger("remaining")).isZero();
		assertThat(slot.getString("room")).isEqualTo("Rom A");
		List<Map> sessions = asStaff().get()
			.uri("/api/v1/libraries/{lib}/sessions", LIBRARY)
			.exchange()
			.expectBodyList(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(sessions).filteredOn(s -> noon.equals(s.get("id")))
			.singleElement()
			.satisfies(s -> assertThat(s.get("start")).isEqualTo("12:00:00"));
		assertThat(this.mongo
			.count(Query.query(Criteria.where("action").is("SESSION_EDITED").and("detail").is(noon)), "audit_log")
			.block()).isZero();
	}

	private WebTestClient.ResponseSpec patch(String sessionId, Map<String, Object> body) {
		return asStaff().patch()
			.uri("/api/v1/libraries/{lib}/sessions/{id}", LIBRARY, sessionId)
			.bodyValue(body)
			.exchange();
	}

	private String volunteer() {
		String offerId = BorrowALocal.offerAt(this.client, Actors.newcomerSubject(), LIBRARY);
		asStaff().post().uri("/api/v1/offers/{id}/approval", offerId).exchange().expectStatus().isOk();
		return offerId;
	}

	private String session(String person, LocalDate day, String start, String end, String room) {
		return Requests
			.postJson(asStaff(),
					Map.of("personId", person, "kind", "ONE_OFF", "date", day.toString(), "start", start, "end", end,
							"slotMinutes", "30", "room", room),
					"/api/v1/libraries/{lib}/sessions", LIBRARY)
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.toString();
	}

	private void book(String lang, String slotId, String firstName, String contact) {
		Requests
			.postJson(this.client.mutate().defaultHeader("Accept-Language", lang).build().mutateWith(csrf()),
					Map.of("firstName", firstName, "contact", contact), "/api/v1/slots/{slot}/bookings", slotId)
			.expectStatus()
			.isCreated();
	}

	private List<String> claimsOf(String contact) {
		return this.mongo.find(Query.query(Criteria.where("contact").is(contact)), Document.class, "contact_claims")
			.map(claim -> claim.getString("_id"))
			.collectList()
			.block();
	}

	private static String slotId(String person, LocalDate day, String start) {
		return Slot.idFor(person, day, LocalTime.parse(start));
	}

	private WebTestClient asStaff() {
		return Requests.signedIn(this.client, STAFF);
	}

	private static String page(WebTestClient.RequestHeadersSpec<?> request) {
		return request.exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
	}

	private Document latestTo(String recipient) {
		List<Document> all = this.mongo
			.find(Query.query(Criteria.where("recipient").is(recipient)), Document.class, "outbox")
			.collectList()
			.block();
		assertThat(all).as("messages to " + recipient).isNotEmpty();
		return all.get(all.size() - 1);
	}

}
