package no.hverdag.venues;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import no.hverdag.accounts.AccessControl;
import no.hverdag.accounts.Role;
import no.hverdag.accounts.RoleAssignment;
import no.hverdag.booking.BookingStatus;
import no.hverdag.booking.ExclusiveTime;
import no.hverdag.booking.Holder;
import no.hverdag.booking.Period;
import no.hverdag.support.Actors;
import no.hverdag.support.HverdagIntegrationTest;
import no.hverdag.venues.internal.VenueStore;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static no.hverdag.support.Requests.postJson;
import static no.hverdag.support.Requests.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Venues through the doors people use: an owner registers, the coordinator approves, an
 * organisation asks for a room, the owner approves; overlaps never both approved, also
 * when many ask at once; bad input is answered and writes nothing.
 */
@HverdagIntegrationTest
class VenueJourneyTest {

	static final String SCHOOL = "seed-venue-bodo-school";

	static final String CENTRE = "seed-venue-bodo-frivilligsentral";

	static final String ORG = "seed-org-bodo-frivilligsentral";

	@Autowired
	WebTestClient client;

	@Autowired
	VenueStore store;

	@Autowired
	ExclusiveTime time;

	@Autowired
	RoomBookingRecovery recovery;

	@Autowired
	AccessControl accessControl;

	@Autowired
	ReactiveMongoTemplate mongo;

	static Map<String, Object> booking(String date, String from, String to, int weeks, String organisation) {
		return Map.of("date", date, "from", from, "to", to, "weeks", weeks, "organisation", organisation, "purpose",
				"Trening", "contact", "leder@example.no");
	}

	static Map<String, Object> venue(String municipality, String owner) {
		Map<String, Object> venue = new java.util.HashMap<>();
		venue.put("name", "Nytt lokale");
		venue.put("municipality", municipality);
		venue.put("address", "Gata 1");
		venue.put("buildingType", "VOLUNTEER_CENTRE");
		venue.put("ownerOrganisation", owner);
		venue.put("facilities", List.of("KITCHEN"));
		venue.put("opens", "09:00");
		venue.put("closes", "21:00");
		venue.put("houseRules", "Rydd");
		venue.put("whoMayBook", "ANYONE_SIGNED_IN");
		venue.put("rooms", List.of(Map.of("name", "Salen", "capacity", 40, "instant", false)));
		return venue;
	}

	@Test
	@DisplayName("a venue is listed only after the municipality's coordinator approves it")
	void approvalBeforeListing() {
		Map<?, ?> registered = postJson(signedIn(this.client, "frivillig-bodo"), venue("1804", ORG), "/api/v1/venues")
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(registered.get("status")).isEqualTo("PENDING");
		String venueId = (String) registered.get("id");
		// Other tests leave pending venues in Bodø too: this one is among them.
		assertThat(this.store.pendingIn(List.of("1804"), false).map(Venue::id).collectList().block()).contains(venueId);
		this.client.get()
			.uri("/api/v1/venues?municipality=1804")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.id == '" + venueId + "')]")
			.doesNotExist();
		this.client.get().uri("/venues/" + venueId).exchange().expectStatus().isNotFound();
		// Another municipality's coordinator may not decide.
		signedIn(this.client, "koordinator-oslo").post()
			.uri("/api/v1/venues/" + venueId + "/approval")
			.exchange()
			.expectStatus()
			.isForbidden();
		signedIn(this.client, "koordinator-bodo").post()
			.uri("/api/v1/venues/" + venueId + "/approval")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("APPROVED");
		this.client.get()
			.uri("/api/v1/venues?municipality=1804")
			.exchange()
			.expectBody()
			.jsonPath("$[?(@.id == '" + venueId + "')].name")
			.isEqualTo("Nytt lokale");
		signedIn(this.client, "koordinator-bodo").post()
			.uri("/api/v1/venues/" + venueId + "/approval")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.CONFLICT);
	}

	@Test
	@DisplayName("a venue outside the owner's municipality, or by someone who owns nothing, is refused and not stored")
	void registrationRefused() {
		long before = this.store.pendingIn(List.of(), true).count().block();
		postJson(signedIn(this.client, "frivillig-bodo"), venue("0301", ORG), "/api/v1/venues").expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("municipality");
		postJson(signedIn(this.client, "someone-" + System.nanoTime()), venue("1804", ""), "/api/v1/venues")
			.expectStatus()
			.isForbidden();
		postJson(signedIn(this.client, "frivillig-bodo"),
				Map.of("name", "", "municipality", "1804", "rooms", List.of()), "/api/v1/venues")
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[?(@.field == 'rooms')]")
			.exists();
		assertThat(this.store.pendingIn(List.of(), true).count().block()).isEqualTo(before);
	}

	@Test
	@DisplayName("an organisation asks for the gym weekly, the owner approves, and an overlapping request cannot be approved")
	void requestAndApprove() {
		String first = bookingId(
				postJson(signedIn(this.client, "frivillig-bodo"), booking("2026-12-08", "18:00", "20:00", 4, ORG),
						"/api/v1/venues/{v}/rooms/gym/bookings", SCHOOL)
					.expectStatus()
					.isCreated());
		String rival = bookingId(
				postJson(signedIn(this.client, "frivillig-bodo"), booking("2026-12-15", "19:00", "21:00", 1, ORG),
						"/api/v1/venues/{v}/rooms/gym/bookings", SCHOOL)
					.expectStatus()
					.isCreated());
		// Only the owner (the municipality's coordinator for a school) decides.
		signedIn(this.client, "frivillig-bodo").post()
			.uri("/api/v1/room-bookings/" + first + "/approval")
			.exchange()
			.expectStatus()
			.isForbidden();
		signedIn(this.client, "koordinator-bodo").post()
			.uri("/api/v1/room-bookings/" + first + "/approval")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("APPROVED");
		signedIn(this.client, "koordinator-bodo").post()
			.uri("/api/v1/room-bookings/" + rival + "/approval")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.CONFLICT);
		assertThat(this.store.booking(rival).block().status()).isEqualTo(BookingStatus.REQUESTED);
		// Declining needs a reason.
		postJson(signedIn(this.client, "koordinator-bodo"), Map.of("reason", " "),
				"/api/v1/room-bookings/" + rival + "/rejection")
			.expectStatus()
			.isBadRequest();
		postJson(signedIn(this.client, "koordinator-bodo"), Map.of("reason", "Opptatt"),
				"/api/v1/room-bookings/" + rival + "/rejection")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("DECLINED");
		// A new request for taken time is refused at once and stored nowhere.
		postJson(signedIn(this.client, "frivillig-bodo"), booking("2026-12-22", "19:30", "20:30", 1, ORG),
				"/api/v1/venues/{v}/rooms/gym/bookings", SCHOOL)
			.expectStatus()
			.isEqualTo(HttpStatus.CONFLICT);
		// The week page shows it, without script.
		String page = this.client.get()
			.uri("/venues/" + SCHOOL + "/rooms/gym?week=2026-12-14&lang=nb")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("18:00–20:00: booket");
		// The calendar feed has the four approved evenings.
		String ics = this.client.get()
			.uri("/api/v1/venues/" + SCHOOL + "/rooms/gym/calendar.ics")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		List<VEvent> events = parse(ics).getComponents("VEVENT");
		assertThat(events).hasSizeGreaterThanOrEqualTo(4);
		assertThat(ics).contains("DTSTART;TZID=Europe/Oslo:20261208T180000");
		// Cancelling gives the time back.
		signedIn(this.client, "frivillig-bodo").delete()
			.uri("/api/v1/room-bookings/" + first)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("CANCELLED");
		assertThat(this.time
			.holdersBetween("room:" + SCHOOL + "/gym",
					new Period(LocalDateTime.of(2026, 12, 8, 0, 0), LocalDateTime.of(2027, 1, 8, 0, 0)))
			.block()).isEmpty();
	}

	@Test
	@DisplayName("the booker is told the owner's decision in the language they asked in, with the reason")
	void decisionMessages() {
		String declined = bookingId(signedIn(this.client, "frivillig-bodo").post()
			.uri("/api/v1/venues/{v}/rooms/r101/bookings", SCHOOL)
			.contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "ar")
			.bodyValue(Map.of("date", "2027-01-19", "from", "18:00", "to", "19:00", "weeks", 1, "organisation", ORG,
					"contact", "beskjed-ar@example.no"))
			.exchange()
			.expectStatus()
			.isCreated());
		postJson(signedIn(this.client, "koordinator-bodo"), Map.of("reason", "Vaktmester er syk"),
				"/api/v1/room-bookings/" + declined + "/rejection")
			.expectStatus()
			.isOk();
		String approved = bookingId(signedIn(this.client, "frivillig-bodo").post()
			.uri("/api/v1/venues/{v}/rooms/r101/bookings", SCHOOL)
			.contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "en")
			.bodyValue(Map.of("date", "2027-01-20", "from", "18:00", "to", "19:00", "weeks", 1, "organisation", ORG,
					"contact", "beskjed-en@example.no"))
			.exchange()
			.expectStatus()
			.isCreated());
		signedIn(this.client, "koordinator-bodo").post()
			.uri("/api/v1/room-bookings/" + approved + "/approval")
			.exchange()
			.expectStatus()
			.isOk();
		List<Document> arabic = this.mongo
			.find(Query.query(Criteria.where("recipient").is("beskjed-ar@example.no")), Document.class, "outbox")
			.collectList()
			.block();
		assertThat(arabic).singleElement()
			.satisfies(m -> assertThat(m.getString("text")).contains("رفض المالك").contains("Vaktmester er syk"));
		List<Document> english = this.mongo
			.find(Query.query(Criteria.where("recipient").is("beskjed-en@example.no")), Document.class, "outbox")
			.collectList()
			.block();
		assertThat(english).singleElement()
			.satisfies(m -> assertThat(m.getString("subject")).startsWith("Your booking is approved"));
	}

	@Test
	@DisplayName("a venue for chosen groups: only members booking for one of them may book, on the API and the page")
	void groupsOnly() {
		String redCross = "seed-org-bodo-rode-kors";
		this.accessControl
			.importAssignment(new RoleAssignment(Actors.ISSUER, "gruppe-rode-kors", Role.ORGANISATION_MEMBER, redCross))
			.block();
		Map<String, Object> groups = venue("1804", "");
		groups.put("whoMayBook", "GROUPS");
		postJson(signedIn(this.client, "koordinator-bodo"), groups, "/api/v1/venues").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("groups");
		groups.put("groups", List.of("seed-org-grunerlokka-frivilligsentral"));
		postJson(signedIn(this.client, "koordinator-bodo"), groups, "/api/v1/venues").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("groups");
		groups.put("groups", List.of(redCross));
		String venueId = bookingId(
				postJson(signedIn(this.client, "koordinator-bodo"), groups, "/api/v1/venues").expectStatus()
					.isCreated());
		signedIn(this.client, "koordinator-bodo").post()
			.uri("/api/v1/venues/" + venueId + "/approval")
			.exchange()
			.expectStatus()
			.isOk();
		postJson(signedIn(this.client, "frivillig-bodo"), booking("2027-01-21", "18:00", "19:00", 1, ORG),
				"/api/v1/venues/{v}/rooms/r1/bookings", venueId)
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		String page = signedIn(this.client, "frivillig-bodo").post()
			.uri("/venues/" + venueId + "/rooms/r1/bookings?lang=nb")
			.body(BodyInserters.fromFormData("date", "2027-01-21")
				.with("from", "18:00")
				.with("to", "19:00")
				.with("weeks", "1")
				.with("organisation", ORG))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("Eieren lar bare utvalgte grupper booke");
		postJson(signedIn(this.client, "gruppe-rode-kors"), booking("2027-01-21", "18:00", "19:00", 1, redCross),
				"/api/v1/venues/{v}/rooms/r1/bookings", venueId)
			.expectStatus()
			.isCreated();
	}

	@Test
	@DisplayName("bad requests name the field and write nothing; only approved organisations book the school")
	void badRequests() {
		postJson(signedIn(this.client, "frivillig-bodo"), booking("2026-11-20", "18:00", "20:00", 1, ORG),
				"/api/v1/venues/{v}/rooms/gym/bookings", SCHOOL)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("date");
		postJson(signedIn(this.client, "frivillig-bodo"), booking("2026-12-09", "20:00", "18:00", 1, ORG),
				"/api/v1/venues/{v}/rooms/gym/bookings", SCHOOL)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("to");
		postJson(signedIn(this.client, "frivillig-bodo"), booking("2026-12-09", "10:00", "12:00", 1, ORG),
				"/api/v1/venues/{v}/rooms/gym/bookings", SCHOOL)
			.expectStatus()
			.isBadRequest();
		postJson(signedIn(this.client, "ny-organisasjon"),
				booking("2026-12-09", "18:00", "19:00", 1, "seed-org-syrisk-norsk-kulturforening-bodo"),
				"/api/v1/venues/{v}/rooms/gym/bookings", SCHOOL)
			.expectStatus()
			.isForbidden();
		assertThat(this.store
			.ofRoom("room:" + SCHOOL + "/gym", LocalDateTime.of(2026, 12, 9, 0, 0),
					LocalDateTime.of(2026, 12, 10, 0, 0))
			.collectList()
			.block()).isEmpty();
	}

	@Test
	@DisplayName("forty people asking at once for overlapping times in an instant room: exactly one is booked")
	void concurrentInstantBookings() throws Exception {
		int people = 40;
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Callable<HttpStatus>> asks = new ArrayList<>();
		for (int i = 0; i < people; i++) {
			// Every period contains 18:00–18:15 on 2026-12-03; starts and ends differ.
			String from = (i % 3 == 0) ? "17:00" : (i % 3 == 1) ? "17:45" : "18:00";
			String to = (i % 2 == 0) ? "18:15" : "19:30";
			String subject = "asker-" + i + "-" + System.nanoTime();
			asks.add(() -> HttpStatus
				.valueOf(postJson(signedIn(this.client, subject), booking("2026-12-03", from, to, 1, ""),
						"/api/v1/venues/{v}/rooms/stue/bookings", CENTRE)
					.returnResult(String.class)
					.getStatus()
					.value()));
		}
		List<HttpStatus> answers = new ArrayList<>();
		for (Future<HttpStatus> answer : pool.invokeAll(asks, 2, TimeUnit.MINUTES)) {
			answers.add(answer.get());
		}
		pool.shutdown();
		assertThat(answers).as("every answer is a booking or a conflict")
			.allMatch(s -> s == HttpStatus.CREATED || s == HttpStatus.CONFLICT);
		assertThat(answers.stream().filter(s -> s == HttpStatus.CREATED)).hasSize(1);
		List<RoomBooking> stored = this.store
			.ofRoom("room:" + CENTRE + "/stue", LocalDateTime.of(2026, 12, 3, 0, 0),
					LocalDateTime.of(2026, 12, 4, 0, 0))
			.collectList()
			.block();
		assertThat(stored).hasSize(1).allMatch(b -> b.status() == BookingStatus.APPROVED);
	}

	@Test
	@DisplayName("twenty overlapping requests approved by the owner all at once: exactly one is approved")
	void concurrentApprovals() throws Exception {
		List<String> requested = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			String from = (i % 2 == 0) ? "17:00" : "18:00";
			String to = (i % 3 == 0) ? "18:15" : "20:00";
			requested.add(
					bookingId(postJson(signedIn(this.client, "frivillig-bodo"), booking("2027-02-26", from, to, 1, ORG),
							"/api/v1/venues/{v}/rooms/gym/bookings", SCHOOL)
						.expectStatus()
						.isCreated()));
		}
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Callable<HttpStatus>> approvals = new ArrayList<>();
		for (String id : requested) {
			approvals.add(() -> HttpStatus.valueOf(signedIn(this.client, "koordinator-bodo").post()
				.uri("/api/v1/room-bookings/" + id + "/approval")
				.exchange()
				.returnResult(String.class)
				.getStatus()
				.value()));
		}
		List<HttpStatus> answers = new ArrayList<>();
		for (Future<HttpStatus> answer : pool.invokeAll(approvals, 2, TimeUnit.MINUTES)) {
			answers.add(answer.get());
		}
		pool.shutdown();
		assertThat(answers).allMatch(s -> s == HttpStatus.OK || s == HttpStatus.CONFLICT);
		assertThat(answers.stream().filter(s -> s == HttpStatus.OK)).hasSize(1);
		assertThat(this.time
			.holdersBetween("room:" + SCHOOL + "/gym",
					new Period(LocalDateTime.of(2027, 2, 26, 17, 0), LocalDateTime.of(2027, 2, 26, 20, 0)))
			.block()).hasSize(1);
	}

	@Test
	@DisplayName("an approval left half-way by a crash is rolled back by the recovery step, and only once")
	void recovery() {
		Period period = Period.of(LocalDate.of(2026, 12, 10), java.time.LocalTime.of(18, 0),
				java.time.LocalTime.of(19, 0));
		String resource = "room:" + SCHOOL + "/r101";
		RoomBooking stuck = new RoomBooking("stuck-" + System.nanoTime(), SCHOOL, "r101", resource,
				new Holder("i", "s", "Navn", ""), ORG, "", List.of(period), BookingStatus.PENDING_HOLD, false, null,
				Instant.parse("2026-11-26T07:00:00Z"), Instant.parse("2026-11-26T07:00:00Z"), "nb");
		this.store.insert(stuck).block();
		assertThat(this.time.claim(resource, stuck.id(), List.of(period)).block()).isTrue();
		assertThat(this.recovery.recover().block()).isGreaterThanOrEqualTo(1L);
		assertThat(this.store.booking(stuck.id()).block().status()).isEqualTo(BookingStatus.REQUESTED);
		assertThat(this.store.booking(stuck.id()).block().holdSince()).isNull();
		assertThat(this.time.holdersBetween(resource, period).block()).isEmpty();
		assertThat(this.recovery.recover().block()).isZero();
	}

	@Test
	@DisplayName("the search finds venues with a room free then, and drops a room once it is booked")
	void freeRoomSearch() {
		this.client.get()
			.uri("/api/v1/venues?municipality=1804&date=2026-12-04&from=12:00&to=13:00")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.id == '" + CENTRE + "')].rooms[?(@.key == 'stue')]")
			.exists();
		postJson(signedIn(this.client, "frivillig-bodo"), booking("2026-12-04", "11:00", "13:00", 1, ""),
				"/api/v1/venues/{v}/rooms/stue/bookings", CENTRE)
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("APPROVED");
		this.client.get()
			.uri("/api/v1/venues?municipality=1804&date=2026-12-04&from=12:00&to=13:00")
			.exchange()
			.expectBody()
			.jsonPath("$[?(@.id == '" + CENTRE + "')].rooms[?(@.key == 'stue')]")
			.doesNotExist();
		this.client.get()
			.uri("/api/v1/venues?date=2026-13-01&from=12:00&to=13:00")
			.exchange()
			.expectStatus()
			.isBadRequest();
		this.client.get()
			.uri("/venues?municipality=1804&date=2026-12-04&from=12:00&to=13:00&lang=ar")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(html -> assertThat(html).contains("dir=\"rtl\"").contains("Bodøsjøen skole"));
	}

	private static String bookingId(WebTestClient.ResponseSpec spec) {
		byte[] body = spec.expectBody().returnResult().getResponseBody();
		String json = new String(body, java.nio.charset.StandardCharsets.UTF_8);
		int at = json.indexOf("\"id\":\"") + 6;
		return json.substring(at, json.indexOf('"', at));
	}

	private static Calendar parse(String ics) {
		try {
			return new CalendarBuilder().build(new StringReader(ics));
		}
		catch (Exception e) {
			throw new AssertionError("The feed is not valid iCalendar: " + e.getMessage(), e);
		}
	}

}
