package no.hverdag.venues;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.hverdag.accounts.AccessControl;
import no.hverdag.accounts.Role;
import no.hverdag.accounts.RoleAssignment;
import no.hverdag.booking.BookingStatus;
import no.hverdag.booking.ExclusiveTime;
import no.hverdag.booking.Period;
import no.hverdag.support.Actors;
import no.hverdag.support.HverdagIntegrationTest;
import no.hverdag.venues.internal.SeasonStore;
import no.hverdag.venues.internal.VenueStore;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static no.hverdag.support.Requests.postJson;
import static no.hverdag.support.Requests.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Season allocation through the API: the coordinator opens a season, organisations apply,
 * the allocation is previewed with reasons (fairness, priority, rooms already booked),
 * adjusted and published at once into room bookings; applicants are told in their
 * language; a publication left half-way is completed by recovery; a room is never
 * double-booked.
 */
@HverdagIntegrationTest
class SeasonJourneyTest {

	static final String SCHOOL = "seed-venue-bodo-school";

	static final String FRIVILLIG = "seed-org-bodo-frivilligsentral";

	static final String RODE_KORS = "seed-org-bodo-rode-kors";

	static final String RODE_KORS_MEMBER = "season-rode-kors";

	@Autowired
	WebTestClient client;

	@Autowired
	SeasonStore seasons;

	@Autowired
	VenueStore venues;

	@Autowired
	ExclusiveTime time;

	@Autowired
	SeasonPublishing publishing;

	@Autowired
	AccessControl accessControl;

	@Autowired
	ReactiveMongoTemplate mongo;

	@BeforeEach
	void redCrossMember() {
		this.accessControl
			.importAssignment(new RoleAssignment(Actors.ISSUER, RODE_KORS_MEMBER, Role.ORGANISATION_MEMBER, RODE_KORS))
			.block();
	}

	static Map<String, Object> application(String organisation, String place, String weekday, String from, int minutes,
			int participants, String serves, String contact) {
		Map<String, Object> json = new HashMap<>();
		json.put("organisation", organisation);
		json.put("place", place);
		json.put("weekday", weekday);
		json.put("from", from);
		json.put("minutes", minutes);
		json.put("weeks", 4);
		json.put("participants", participants);
		json.put("serves", serves);
		json.put("contact", contact);
		return json;
	}

	String open(String firstDay) {
		return idOf(postJson(signedIn(this.client, "koordinator-bodo"),
				Map.of("municipality", "1804", "name", "Vår " + firstDay, "firstDay", firstDay, "weeks", 4),
				"/api/v1/seasons"));
	}

	String apply(String subject, String season, Map<String, Object> application, String lang) {
		return idOf(signedIn(this.client, subject).post()
			.uri("/api/v1/seasons/" + season + "/applications")
			.contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", lang)
			.bodyValue(application)
			.exchange());
	}

	Map<String, Map<String, Object>> run(String season) {
		Map<?, ?> body = signedIn(this.client, "koordinator-bodo").post()
			.uri("/api/v1/seasons/" + season + "/allocation")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		Map<String, Map<String, Object>> decisions = new HashMap<>();
		for (Object d : (List<?>) ((Map<?, ?>) body.get("preview")).get("decisions")) {
			Map<String, Object> decision = (Map<String, Object>) d;
			decisions.put((String) decision.get("application"), decision);
		}
		return decisions;
	}

	@Test
	@DisplayName("opening a season: only the municipality's coordinator, with a first day after today")
	void openSeason() {
		postJson(signedIn(this.client, "frivillig-bodo"),
				Map.of("municipality", "1804", "name", "Vår", "firstDay", "2027-02-01", "weeks", 4), "/api/v1/seasons")
			.expectStatus()
			.isForbidden();
		postJson(signedIn(this.client, "koordinator-oslo"),
				Map.of("municipality", "1804", "name", "Vår", "firstDay", "2027-02-01", "weeks", 4), "/api/v1/seasons")
			.expectStatus()
			.isForbidden();
		postJson(signedIn(this.client, "koordinator-bodo"),
				Map.of("municipality", "1804", "name", "Vår", "firstDay", "2026-11-01", "weeks", 99), "/api/v1/seasons")
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[?(@.field == 'firstDay')]")
			.exists()
			.jsonPath("$.errors[?(@.field == 'weeks')]")
			.exists();
	}

	@Test
	@DisplayName("fairness, priority and booked rooms in the preview; a forbid and re-run; publishing books the rooms and tells applicants in their language")
	void allocateAndPublish() {
		String season = open("2027-02-01");
		// A room already booked on Wednesdays: the classroom, 18:00–19:00.
		String classroomBooking = idOf(postJson(signedIn(this.client, "frivillig-bodo"),
				Map.of("date", "2027-02-03", "from", "18:00", "to", "19:00", "weeks", 4, "organisation", FRIVILLIG),
				"/api/v1/venues/{v}/rooms/r101/bookings", SCHOOL));
		signedIn(this.client, "koordinator-bodo").post()
			.uri("/api/v1/room-bookings/" + classroomBooking + "/approval")
			.exchange()
			.expectStatus()
			.isOk();
		String adults = apply("frivillig-bodo", season,
				application(FRIVILLIG, SCHOOL + "|gym", "TUESDAY", "18:00", 120, 30, "ADULTS", "frivillig@example.no"),
				"nb");
		String youth = apply(RODE_KORS_MEMBER, season, application(RODE_KORS, SCHOOL + "|gym", "TUESDAY", "19:00", 60,
				25, "CHILDREN_AND_YOUTH", "rodekors@example.no"), "en");
		String anyRoom = apply(RODE_KORS_MEMBER, season, application(RODE_KORS, SCHOOL + "|", "WEDNESDAY", "18:00", 60,
				20, "CHILDREN_AND_YOUTH", "rodekors@example.no"), "en");
		String onlyClassroom = apply(RODE_KORS_MEMBER, season, application(RODE_KORS, SCHOOL + "|r101", "WEDNESDAY",
				"18:30", 30, 20, "CHILDREN_AND_YOUTH", "rodekors@example.no"), "en");
		// Bad applications: too many for the room; an organisation one is not a member
		// of.
		postJson(signedIn(this.client, "frivillig-bodo"),
				application(FRIVILLIG, SCHOOL + "|r101", "MONDAY", "18:00", 60, 90, "ADULTS", ""),
				"/api/v1/seasons/" + season + "/applications")
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("participants");
		postJson(signedIn(this.client, "frivillig-bodo"),
				application(RODE_KORS, SCHOOL + "|gym", "MONDAY", "18:00", 60, 10, "ADULTS", ""),
				"/api/v1/seasons/" + season + "/applications")
			.expectStatus()
			.isForbidden();
		// Only the coordinator runs it.
		signedIn(this.client, "frivillig-bodo").post()
			.uri("/api/v1/seasons/" + season + "/allocation")
			.exchange()
			.expectStatus()
			.isForbidden();
		Map<String, Map<String, Object>> preview = run(season);
		// Fairness: the adults' only application beats the youth's second one.
		assertThat(preview.get(adults).get("room")).isEqualTo("gym");
		assertThat(preview.get(youth).get("reason")).isEqualTo("season.reason.fairness");
		assertThat(preview.get(youth).get("heldBy")).isEqualTo(FRIVILLIG);
		// Any suitable room: the classroom is booked then, so the gym.
		assertThat(preview.get(anyRoom).get("room")).isEqualTo("gym");
		assertThat(preview.get(onlyClassroom).get("reason")).isEqualTo("season.reason.unavailable");
		// The coordinator forbids the adults' application; publishing the old preview is
		// refused.
		postJson(signedIn(this.client, "koordinator-bodo"), Map.of("adjustment", "FORBIDDEN"),
				"/api/v1/seasons/" + season + "/applications/" + adults + "/adjustment")
			.expectStatus()
			.isOk();
		signedIn(this.client, "koordinator-bodo").post()
			.uri("/api/v1/seasons/" + season + "/publication")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.CONFLICT);
		preview = run(season);
		assertThat(preview.get(adults).get("reason")).isEqualTo("season.reason.forbidden");
		assertThat(preview.get(youth).get("room")).isEqualTo("gym");
		signedIn(this.client, "koordinator-bodo").post()
			.uri("/api/v1/seasons/" + season + "/publication")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("PUBLISHED");
		// The granted applications are approved bookings holding their time.
		RoomBooking booked = this.venues.booking("season-" + youth).block();
		assertThat(booked.status()).isEqualTo(BookingStatus.APPROVED);
		assertThat(booked.periods()).hasSize(4);
		assertThat(booked.first().start()).isEqualTo(LocalDateTime.of(2027, 2, 2, 19, 0));
		assertThat(this.time.holdersBetween("room:" + SCHOOL + "/gym", booked.first()).block())
			.containsExactly(booked.id());
		assertThat(this.venues.booking("season-" + adults).block()).isNull();
		assertThat(this.seasons.application(adults).block().outcome()).isEqualTo(SeasonApplication.Outcome.REFUSED);
		assertThat(this.seasons.application(anyRoom).block().grantedRoom()).isEqualTo(SCHOOL + "/gym");
		// Told in their language: English for the Red Cross, bokmål for the adults.
		assertThat(outbox("rodekors@example.no")).anyMatch(s -> s.startsWith("You have been given time"));
		assertThat(outbox("frivillig@example.no")).anyMatch(s -> s.startsWith("Svar på søknaden"));
		// Published is final.
		signedIn(this.client, "koordinator-bodo").post()
			.uri("/api/v1/seasons/" + season + "/allocation")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.CONFLICT);
	}

	@Test
	@DisplayName("a publication left half-way by a crash is completed by recovery, once, with one set of claims")
	void recovery() {
		String season = open("2027-03-01");
		String app = apply(RODE_KORS_MEMBER, season,
				application(RODE_KORS, SCHOOL + "|gym", "THURSDAY", "17:00", 60, 20, "CHILDREN_AND_YOUTH", ""), "nb");
		run(season);
		Season previewed = this.seasons.season(season).block();
		// The crash: the intent is written and the booking half-made (claims taken).
		assertThat(this.seasons.startPublishing(season, previewed.preview().fingerprint(), Instant.now()).block())
			.isTrue();
		SeasonApplication application = this.seasons.application(app).block();
		List<Period> periods = application.periods(previewed);
		RoomBooking half = new RoomBooking("season-" + app, SCHOOL, "gym", "room:" + SCHOOL + "/gym",
				application.holder(), RODE_KORS, previewed.name(), periods, BookingStatus.PENDING_HOLD, true, null,
				Instant.now(), Instant.now(), "nb");
		this.venues.insert(half).block();
		assertThat(this.time.claim(half.resource(), half.id(), periods).block()).isTrue();
		assertThat(this.publishing.recover().block()).isEqualTo(1L);
		assertThat(this.seasons.season(season).block().status()).isEqualTo(Season.Status.PUBLISHED);
		assertThat(this.venues.booking(half.id()).block().status()).isEqualTo(BookingStatus.APPROVED);
		assertThat(this.seasons.application(app).block().outcome()).isEqualTo(SeasonApplication.Outcome.GRANTED);
		long claims = this.mongo.count(Query.query(Criteria.where("holder").is(half.id())), "time_claims").block();
		assertThat(claims).isEqualTo(4 * 4);
		assertThat(this.publishing.recover().block()).isZero();
	}

	@Test
	@DisplayName("a room booked between preview and publishing is never double-booked: that application is refused")
	void noDoubleBooking() {
		String season = open("2027-04-05");
		String app = apply(RODE_KORS_MEMBER, season,
				application(RODE_KORS, SCHOOL + "|gym", "FRIDAY", "18:00", 60, 20, "NEWCOMER_ASSOCIATION", ""), "nb");
		assertThat(run(season).get(app).get("room")).isEqualTo("gym");
		String rival = idOf(postJson(signedIn(this.client, "frivillig-bodo"),
				Map.of("date", "2027-04-16", "from", "18:30", "to", "19:30", "weeks", 1, "organisation", FRIVILLIG),
				"/api/v1/venues/{v}/rooms/gym/bookings", SCHOOL));
		signedIn(this.client, "koordinator-bodo").post()
			.uri("/api/v1/room-bookings/" + rival + "/approval")
			.exchange()
			.expectStatus()
			.isOk();
		signedIn(this.client, "koordinator-bodo").post()
			.uri("/api/v1/seasons/" + season + "/publication")
			.exchange()
			.expectStatus()
			.isOk();
		SeasonApplication refused = this.seasons.application(app).block();
		assertThat(refused.outcome()).isEqualTo(SeasonApplication.Outcome.REFUSED);
		assertThat(refused.reasonKey()).isEqualTo("season.reason.conflict");
		assertThat(this.venues.booking("season-" + app).block()).isNull();
		assertThat(this.time
			.holdersBetween("room:" + SCHOOL + "/gym",
					new Period(LocalDateTime.of(2027, 4, 16, 18, 0), LocalDateTime.of(2027, 4, 16, 19, 30)))
			.block()).containsExactly(rival);
	}

	List<String> outbox(String recipient) {
		return this.mongo.find(Query.query(Criteria.where("recipient").is(recipient)), Document.class, "outbox")
			.map(d -> d.getString("subject"))
			.collectList()
			.block();
	}

	static String idOf(WebTestClient.ResponseSpec spec) {
		return spec.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.toString();
	}

}
