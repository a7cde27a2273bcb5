package no.hverdag;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import no.hverdag.humanlibrary.Library;
import no.hverdag.humanlibrary.LibraryAdministration;
import no.hverdag.humanlibrary.PersonToBorrow;
import no.hverdag.humanlibrary.Slot;
import no.hverdag.support.HverdagIntegrationTest;
import no.hverdag.support.Requests;
import no.hverdag.support.TestClockConfig;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * Bookings that cannot be: a clear message in the booker's language, nothing written.
 */
@HverdagIntegrationTest
class BookingRulesTest {

	static final String LIBRARY = "rules-library";

	@Autowired
	WebTestClient client;

	@Autowired
	LibraryAdministration administration;

	@Autowired
	ReactiveMongoTemplate mongo;

	/** Rune, every day at 08:00 (already started), 11:00 and 11:30 (an hour each). */
	@BeforeEach
	void library() {
		this.administration.importLibrary(new Library(LIBRARY, "Regelbiblioteket", "1806", "Regelveien 1", null, null))
			.block();
		this.administration
			.importPerson(new PersonToBorrow("rules-rune", LIBRARY, "Rune", List.of("Prat"), List.of("no"),
					EnumSet.allOf(DayOfWeek.class),
					List.of(LocalTime.of(8, 0), LocalTime.of(11, 0), LocalTime.of(11, 30), LocalTime.of(12, 0)), 60, 5))
			.block();
		this.administration
			.importPerson(new PersonToBorrow("rules-randi", LIBRARY, "Randi", List.of("Prat"), List.of("no"),
					EnumSet.allOf(DayOfWeek.class), List.of(LocalTime.of(11, 15)), 30, 5))
			.block();
	}

	@Test
	@DisplayName("empty name, a malformed phone or e-mail: 400 with each field's problem in Arabic, nothing written")
	void badFields() {
		String slot = slot("rules-rune", 2, "11:00");
		Requests
			.postJson(in("ar"), Map.of("firstName", "Aya", "contact", "12ab"), "/api/v1/slots/{slot}/bookings", slot)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[?(@.field == 'contact')].message")
			.isEqualTo("اكتب رقم هاتف (8 أرقام) أو عنوان بريد إلكتروني.");
		Requests
			.postJson(in("ar"), Map.of("firstName", " ", "contact", "aya@example.no"), "/api/v1/slots/{slot}/bookings",
					slot)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("firstName");
		String empty = this.client.mutateWith(csrf())
			.post()
			.uri("/kiosk/{lib}/slots/{slot}/bookings?lang=ar", LIBRARY, slot("rules-rune", 0, "11:00"))
			.body(BodyInserters.fromFormData("firstName", "").with("contact", "aya@example.no"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(empty).contains("اكتب اسمك الأول.", "value=\"aya@example.no\"");
		String page = this.client.mutateWith(csrf())
			.post()
			.uri("/borrow/slots/{slot}/bookings?lang=nb", slot)
			.body(BodyInserters.fromFormData("firstName", "Aya").with("contact", "aya@"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("Skriv et telefonnummer (8 siffer) eller en e-postadresse.");
		assertThat(stored(slot).getInteger("remaining")).isEqualTo(5);
		assertThat(stored(slot).getList("bookings", Document.class)).isEmpty();
	}

	@Test
	@DisplayName("a slot that has started, or one that was cancelled, is refused with a message; nothing is written")
	void pastAndCancelled() {
		String started = slot("rules-rune", 0, "08:00");
		Requests
			.postJson(in("en"), Map.of("firstName", "Aya", "contact", "aya@example.no"),
					"/api/v1/slots/{slot}/bookings", started)
			.expectStatus()
			.isEqualTo(HttpStatus.CONFLICT)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo(message("error.slot.past", "en"));
		assertThat(stored(started).getInteger("remaining")).isEqualTo(5);

		String cancelled = slot("rules-rune", 3, "12:00");
		Requests.signedIn(this.client, "admin")
			.delete()
			.uri("/api/v1/libraries/{lib}/slots/{slot}", LIBRARY, cancelled)
			.exchange()
			.expectStatus()
			.isNoContent();
		String kiosk = this.client.mutateWith(csrf())
			.post()
			.uri("/kiosk/{lib}/slots/{slot}/bookings?lang=nb", LIBRARY, cancelled)
			.body(BodyInserters.fromFormData("firstName", "Aya").with("contact", "aya@example.no"))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.CONFLICT)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(kiosk).contains("Denne tiden er avlyst.");
		assertThat(stored(cancelled).getList("bookings", Document.class)).isEmpty();
		assertThat(this.mongo
			.count(new org.springframework.data.mongodb.core.query.Query(
					org.springframework.data.mongodb.core.query.Criteria.where("contact").is("aya@example.no")),
					"contact_claims")
			.block()).isZero();
	}

	@Test
	@DisplayName("a kiosk cannot book another library's slot: 404 page, nothing written")
	void otherLibrarysSlot() {
		String slot = slot("rules-rune", 2, "11:00");
		this.client.mutateWith(csrf())
			.post()
			.uri("/kiosk/seed-library-oslo/slots/{slot}/bookings?lang=nb", slot)
			.body(BodyInserters.fromFormData("firstName", "Aya").with("contact", "aya@example.no"))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody(String.class)
			.value(body -> assertThat(body).contains("Vi fant ikke tiden"));
		assertThat(stored(slot).getInteger("remaining")).isEqualTo(5);
	}

	/** Books and returns the path of the booking's own page (its link). */
	private String bookedAt(String slot, String contact) {
		return book(slot, contact).expectStatus()
			.isEqualTo(HttpStatus.SEE_OTHER)
			.returnResult(Void.class)
			.getResponseHeaders()
			.getLocation()
			.getPath();
	}

	@Test
	@DisplayName("one person cannot hold overlapping slots; cancelling by the link frees the place and the hours")
	void noOverlap() {
		String eleven = slot("rules-rune", 4, "11:00");
		String elevenThirty = slot("rules-rune", 4, "11:30");
		String randi = slot("rules-randi", 4, "11:15");
		String noon = slot("rules-rune", 4, "12:00");
		String location = bookedAt(eleven, "+4795550000");
		for (String overlapping : List.of(elevenThirty, randi)) {
			book(overlapping, "95550000").expectStatus()
				.isEqualTo(HttpStatus.CONFLICT)
				.expectBody(String.class)
				.value(body -> assertThat(body).contains("Du har allerede en booking på samme tid."));
			assertThat(stored(overlapping).getInteger("remaining")).isEqualTo(5);
		}
		// 12:00 starts when 11:00 ends: no overlap.
		book(noon, "+4795550000").expectStatus().isEqualTo(HttpStatus.SEE_OTHER);

		this.client.mutateWith(csrf()).post().uri(location + "/cancel").exchange().expectStatus().isOk();
		assertThat(stored(eleven).getInteger("remaining")).isEqualTo(5);
		book(randi, "+4795550000").expectStatus().isEqualTo(HttpStatus.SEE_OTHER);
		this.client.get().uri(location).exchange().expectStatus().isNotFound();
	}

	@Test
	@DisplayName("a full slot's place given back by its link is bookable again at once on the same node")
	void cancelledPlaceBookableAtOnce() {
		this.administration
			.importPerson(new PersonToBorrow("rules-rita", LIBRARY, "Rita", List.of("Prat"), List.of("no"),
					EnumSet.allOf(DayOfWeek.class), List.of(LocalTime.of(15, 0)), 30, 1))
			.block();
		String slot = slot("rules-rita", 5, "15:00");
		String location = bookedAt(slot, "rita.first@example.no");
		// Refused twice: the second answer comes from what this node remembers.
		for (int i = 0; i < 2; i++) {
			Requests
				.postJson(in("nb"), Map.of("firstName", "Siv", "contact", "rita.second@example.no"),
						"/api/v1/slots/{slot}/bookings", slot)
				.expectStatus()
				.isEqualTo(HttpStatus.CONFLICT);
		}

		this.client.mutateWith(csrf()).post().uri(location + "/cancel").exchange().expectStatus().isOk();
		Requests
			.postJson(in("nb"), Map.of("firstName", "Siv", "contact", "rita.second@example.no"),
					"/api/v1/slots/{slot}/bookings", slot)
			.expectStatus()
			.isCreated();
		assertThat(stored(slot).getInteger("remaining")).isZero();
		assertThat(stored(slot).getList("bookings", Document.class)).singleElement()
			.satisfies(booking -> assertThat(booking.getString("contact")).isEqualTo("rita.second@example.no"));
	}

	private WebTestClient.ResponseSpec book(String slot, String contact) {
		return this.client.mutateWith(csrf())
			.post()
			.uri("/borrow/slots/{slot}/bookings?lang=nb", slot)
			.body(BodyInserters.fromFormData("firstName", "Aya").with("contact", contact))
			.exchange();
	}

	private Document stored(String slotId) {
		return this.mongo.findById(slotId, Document.class, "slots").block();
	}

	@Autowired
	org.springframework.context.MessageSource messages;

	private String message(String key, String lang) {
		return this.messages.getMessage(key, null, java.util.Locale.forLanguageTag(lang));
	}

	private static String slot(String person, int inDays, String start) {
		return Slot.idFor(person, TestClockConfig.NOW.toLocalDate().plusDays(inDays), LocalTime.parse(start));
	}

	/**
	 * The client speaking a language, as a phone or kiosk would say it (Accept-Language).
	 */
	private WebTestClient in(String lang) {
		return this.client.mutate().defaultHeader("Accept-Language", lang).build().mutateWith(csrf());
	}

}
