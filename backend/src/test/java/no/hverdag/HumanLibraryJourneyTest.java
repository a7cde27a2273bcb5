package no.hverdag;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.hverdag.accounts.AccessControl;
import no.hverdag.accounts.Role;
import no.hverdag.accounts.RoleAssignment;
import no.hverdag.humanlibrary.Attendance;
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
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * "Lån en bodøværing" from end to end, through pages and the API: a local offers
 * themselves, the library's staff approve and set sessions, a newcomer books at the kiosk
 * and gets a confirmation with a link, a reminder the day before, says "I'm here", and
 * someone who twice does not come must see the staff before booking again.
 */
@HverdagIntegrationTest
class HumanLibraryJourneyTest {

	static final String LIBRARY = "journey-library";

	static final String STAFF = "journey-staff";

	@Autowired
	WebTestClient client;

	/**
	 * The borrow page lists everyone the shared test store holds by now, with photos and
	 * the nine-language menu: more than the client's default 64 KiB.
	 */
	@org.junit.jupiter.api.BeforeEach
	void biggerPages() {
		this.client = this.client.mutate()
			.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(1024 * 1024))
			.build();
	}

	@Autowired
	LibraryAdministration administration;

	@Autowired
	AccessControl accessControl;

	@Autowired
	Attendance attendance;

	@Autowired
	ReactiveMongoTemplate mongo;

	@BeforeEach
	void library() {
		this.administration
			.importLibrary(new Library(LIBRARY, "Reisebiblioteket", "1806", "Reiseveien 1, Bodø", null, null))
			.block();
		this.accessControl.importAssignment(new RoleAssignment(Actors.ISSUER, STAFF, Role.LIBRARY_STAFF, LIBRARY))
			.block();
	}

	@Test
	@DisplayName("offer, approval, sessions, kiosk booking with QR and link, reminder, check-in, and the no-show rule")
	void wholePath() {
		// A local offers an hour of Norwegian conversation; the staff approve it.
		String offerId = BorrowALocal.offerAt(this.client, Actors.newcomerSubject(), LIBRARY);
		asStaff().post()
			.uri("/staff/libraries/{lib}/offers/{id}/approve", LIBRARY, offerId)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.SEE_OTHER);

		// Today 10:00–11:30 in Møterom 2 (half-hour slots), and every weekday of tomorrow
		// 16:00–17:00.
		String tomorrowWeekday = TestClockConfig.NOW.plusDays(1).getDayOfWeek().name();
		setSession(form("personId", offerId, "kind", "ONE_OFF", "date", TestClockConfig.NOW.toLocalDate().toString(),
				"start", "10:00", "end", "11:30", "slotMinutes", "30", "room", "Møterom 2"));
		setSession(form("personId", offerId, "kind", "WEEKLY", "dayOfWeek", tomorrowWeekday, "start", "16:00", "end",
				"17:00", "slotMinutes", "30", "room", "Lesesalen"));
		String today10 = slot(offerId, 0, "10:00");
		String today1030 = slot(offerId, 0, "10:30");
		String today11 = slot(offerId, 0, "11:00");
		String tomorrow16 = slot(offerId, 1, "16:00");
		String tomorrow1630 = slot(offerId, 1, "16:30");

		// At the kiosk: today's slots, booked with a first name and a phone number.
		String screen = page(this.client.get().uri("/kiosk/{lib}?lang=nb", LIBRARY));
		assertThat(screen).contains("Sigrid kl. 10:00–10:30", "Rom: Møterom 2", "data-availability");
		String booked = this.client.mutateWith(csrf())
			.post()
			.uri("/kiosk/{lib}/slots/{slot}/bookings?lang=nb", LIBRARY, today10)
			.body(BodyInserters.fromFormData(form("firstName", "Amina", "contact", "+47 912 34 567")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(booked).contains("Du er booket!", "<svg", "role=\"img\"", "QR-kode med lenke til bookingen din");
		String reference = find(booked, "class=\"reference\">([A-Z0-9]{6})<");

		// The confirmation went out by SMS with the booking's link, whose page shows it.
		Document confirmation = latestTo("+4791234567");
		assertThat(confirmation.getString("channel")).isEqualTo("SMS");
		assertThat(confirmation.getString("text")).contains("Amina", "Sigrid", reference, "Møterom 2");
		String link = find(confirmation.getString("text"), "(/bookings/[A-Za-z0-9_-]{20,})");
		assertThat(page(this.client.get().uri(link + "?lang=nb"))).contains("Bookingen din", reference, "Avbestill");

		// Tomorrow's slot, booked over the API in English: reminded once, however often
		// the job runs.
		Requests
			.postJson(in("en"), Map.of("firstName", "Omar", "contact", "omar@example.no"),
					"/api/v1/slots/{slot}/bookings", tomorrow16)
			.expectStatus()
			.isCreated();
		this.attendance.remindTomorrow().block();
		this.attendance.remindTomorrow().block();
		List<Document> toOmar = messagesTo("omar@example.no");
		assertThat(toOmar).hasSize(2);
		assertThat(toOmar).filteredOn(m -> m.getString("subject").startsWith("Reminder: Sigrid tomorrow"))
			.singleElement()
			.satisfies(m -> assertThat(m.getString("text")).contains("Remember your appointment", "Lesesalen"));

		// Amina says "I'm here" at the kiosk; Sigrid gets to know.
		assertThat(page(this.client.mutateWith(csrf())
			.post()
			.uri("/kiosk/{lib}/check-in?lang=nb", LIBRARY)
			.body(BodyInserters.fromFormData("reference", reference.toLowerCase()))))
			.contains("Velkommen!", "Sigrid vet at du er her");
		assertThat(latestTo("sigrid@example.no").getString("text")).contains("Amina har kommet til Reisebiblioteket");

		// Someone books the two later slots on the web and comes to neither.
		for (String slotId : List.of(today1030, today11)) {
			this.client.mutateWith(csrf())
				.post()
				.uri("/borrow/slots/{slot}/bookings", slotId)
				.body(BodyInserters.fromFormData(form("firstName", "Jonas", "contact", "90011223")))
				.exchange()
				.expectStatus()
				.isEqualTo(HttpStatus.SEE_OTHER);
		}
		String desk = page(asStaff().get().uri("/staff/libraries/{lib}?lang=nb", LIBRARY));
		assertThat(desk).contains("Amina", "Jonas", "Møtt");

		// After the slots have ended: two missed for Jonas, none for Amina; running again
		// counts nothing twice.
		this.attendance.recordNoShows(TestClockConfig.NOW.withHour(12)).block();
		this.attendance.recordNoShows(TestClockConfig.NOW.withHour(12)).block();
		assertThat(this.mongo.findById("+4790011223", Document.class, "contact_standing").block().getInteger("noShows"))
			.isEqualTo(2);
		assertThat(this.mongo.findById("+4791234567", Document.class, "contact_standing").block()).isNull();

		// Jonas cannot book again until the staff confirm him.
		String refused = this.client.mutateWith(csrf())
			.post()
			.uri("/borrow/slots/{slot}/bookings?lang=nb", tomorrow1630)
			.body(BodyInserters.fromFormData(form("firstName", "Jonas", "contact", "900 11 223")))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.CONFLICT)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(refused).contains("Du har ikke møtt opp til to avtaler");
		desk = page(asStaff().get().uri("/staff/libraries/{lib}?lang=nb", LIBRARY));
		assertThat(desk).contains("Må bekreftes før ny booking", "+4790011223", "Ikke møtt");
		asStaff().post()
			.uri("/staff/libraries/{lib}/confirmations", LIBRARY)
			.body(BodyInserters.fromFormData("contact", "+4790011223"))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.SEE_OTHER);
		this.client.mutateWith(csrf())
			.post()
			.uri("/borrow/slots/{slot}/bookings", tomorrow1630)
			.body(BodyInserters.fromFormData(form("firstName", "Jonas", "contact", "90011223")))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.SEE_OTHER);
	}

	@Test
	@DisplayName("staff cancel a session: everyone booked on it is told, in their language, and its slots are gone")
	void cancelSession() {
		String offerId = BorrowALocal.offerAt(this.client, Actors.newcomerSubject(), LIBRARY);
		asStaff().post().uri("/api/v1/offers/{id}/approval", offerId).exchange().expectStatus().isOk();
		String day = TestClockConfig.NOW.toLocalDate().plusDays(3).toString();
		Map<?, ?> session = Requests
			.postJson(asStaff(),
					Map.of("personId", offerId, "kind", "ONE_OFF", "date", day, "start", "13:00", "end", "14:00",
							"slotMinutes", "30", "room", "Rom 1"),
					"/api/v1/libraries/{lib}/sessions", LIBRARY)
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		String slotId = slot(offerId, 3, "13:00");
		Requests
			.postJson(in("ar"), Map.of("firstName", "Layla", "contact", "layla@example.no"),
					"/api/v1/slots/{slot}/bookings", slotId)
			.expectStatus()
			.isCreated();

		asStaff().delete()
			.uri("/api/v1/libraries/{lib}/sessions/{id}", LIBRARY, session.get("id"))
			.exchange()
			.expectStatus()
			.isNoContent();

		assertThat(latestTo("layla@example.no").getString("text")).contains("اضطرت مكتبة Reisebiblioteket");
		this.client.get()
			.uri("/api/v1/libraries/{lib}/slots?date={day}", LIBRARY, day)
			.exchange()
			.expectBodyList(Map.class)
			.hasSize(0);
		Requests
			.postJson(in("ar"), Map.of("firstName", "Layla", "contact", "layla2@example.no"),
					"/api/v1/slots/{slot}/bookings", slotId)
			.expectStatus()
			.isEqualTo(HttpStatus.CONFLICT)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("أُلغي هذا الموعد.");
	}

	private WebTestClient asStaff() {
		return Requests.signedIn(this.client, STAFF);
	}

	private void setSession(MultiValueMap<String, String> session) {
		asStaff().post()
			.uri("/staff/libraries/{lib}/sessions", LIBRARY)
			.body(BodyInserters.fromFormData(session))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.SEE_OTHER)
			.expectHeader()
			.location("/staff/libraries/" + LIBRARY + "?sessionSet");
	}

	private static String slot(String personId, int inDays, String start) {
		return Slot.idFor(personId, TestClockConfig.NOW.toLocalDate().plusDays(inDays), LocalTime.parse(start));
	}

	private static String page(WebTestClient.RequestHeadersSpec<?> request) {
		return request.exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
	}

	private Document latestTo(String recipient) {
		List<Document> all = messagesTo(recipient);
		assertThat(all).as("messages to " + recipient).isNotEmpty();
		return all.get(all.size() - 1);
	}

	private List<Document> messagesTo(String recipient) {
		return this.mongo.find(Query.query(Criteria.where("recipient").is(recipient)), Document.class, "outbox")
			.collectList()
			.block();
	}

	static String find(String text, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		assertThat(matcher.find()).as(regex + " in " + text).isTrue();
		return matcher.group(1);
	}

	static MultiValueMap<String, String> form(String... pairs) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			form.add(pairs[i], pairs[i + 1]);
		}
		return form;
	}

	/**
	 * The client speaking a language, as a phone or kiosk would say it (Accept-Language).
	 */
	private WebTestClient in(String lang) {
		return this.client.mutate().defaultHeader("Accept-Language", lang).build().mutateWith(csrf());
	}

}
