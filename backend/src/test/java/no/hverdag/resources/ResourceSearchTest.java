package no.hverdag.resources;

import java.util.List;
import java.util.Map;

import no.hverdag.support.HverdagIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static no.hverdag.support.Requests.postJson;
import static no.hverdag.support.Requests.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rooms and equipment in search and "for you", through the doors people use: the home
 * page, {@code /api/v1/resources} and {@code /api/v1/recommendations}. The demo has a BUA
 * lending point, a school and a volunteer centre in Bodø (1804) and Skien (4003).
 */
@HverdagIntegrationTest
class ResourceSearchTest {

	static final String CENTRE = "seed-venue-bodo-frivilligsentral";

	static final String STUA = "/venues/" + CENTRE + "/rooms/stue";

	/** A Tuesday three weeks after the tests' today (2026-11-26). */
	static final String TUESDAY = "2026-12-15";

	@Autowired
	WebTestClient client;

	private String booking;

	@AfterEach
	void cancelBooking() {
		if (this.booking != null) {
			signedIn(this.client, "h14-booker").delete()
				.uri("/api/v1/room-bookings/" + this.booking)
				.exchange()
				.expectStatus()
				.isOk();
			this.booking = null;
		}
	}

	private String page(String uri) {
		return this.client.mutate()
			.codecs(c -> c.defaultCodecs().maxInMemorySize(4 * 1024 * 1024))
			.build()
			.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> api(String uri, String kind) {
		Map<String, Object> body = this.client.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return (List<Map<String, Object>>) body.get(kind);
	}

	private static List<Object> names(List<Map<String, Object>> items) {
		return items.stream().map(i -> i.get("name")).toList();
	}

	@Test
	@DisplayName("the home page shows BUA's skis for \"ski\" in Bodø, with sizes, what is free and a link to reserve")
	void homePageFindsSkis() {
		String html = page("/?q=ski&municipality=1804");
		assertThat(html).contains("Utstyr du kan låne", "Langrennsski", "BUA Bodø", "120 cm: 4 av 4 ledige",
				"/equipment/points/seed-point-bodo", "Reserver Langrennsski hos BUA Bodø");
		assertThat(html).doesNotContain("seed-point-skien");
		String arabic = page("/?q=زلاجات&municipality=1804&lang=ar");
		assertThat(arabic).contains("معدات يمكنك استعارتها", "Langrennsski", "/equipment/points/seed-point-bodo");
	}

	@Test
	@DisplayName("the API finds equipment misspelt, without æøå and in other languages, only in the municipality asked")
	void apiFindsEquipmentTolerantly() {
		for (String q : List.of("skii", "skoyter", "hjlem", "telt", "låne ski", "lån\u0435 ski", "tent", "خيمة",
				"helmet", "лижі", "redningsvest")) {
			assertThat(api("/api/v1/resources?municipality=1804&q=" + q, "equipment")).as(q).isNotEmpty();
		}
		assertThat(names(api("/api/v1/resources?municipality=1804&q=skii", "equipment"))).containsOnly("Langrennsski");
		assertThat(names(api("/api/v1/resources?municipality=1804&q=skoyter", "equipment"))).containsOnly("Skøyter");
		assertThat(names(api("/api/v1/resources?municipality=1804&q=låne ski", "equipment")))
			.containsOnly("Langrennsski");
		List<Map<String, Object>> skien = api("/api/v1/resources?municipality=4003&q=ski", "equipment");
		assertThat(skien).isNotEmpty().allMatch(i -> "4003".equals(i.get("municipality")));
		assertThat(api("/api/v1/resources?municipality=1804&q=norsk kurs", "equipment")).isEmpty();
		assertThat(api("/api/v1/resources?municipality=1804&q=norsk kurs", "rooms")).isEmpty();
	}

	@Test
	@DisplayName("rooms are found by kind, facility and in other languages, within the municipality")
	void apiFindsRooms() {
		assertThat(names(api("/api/v1/resources?municipality=1804&q=gymsal", "rooms"))).contains("Gymsal")
			.doesNotContain("Stua", "Klasserom 101");
		assertThat(names(api("/api/v1/resources?municipality=1804&q=gymsl", "rooms"))).contains("Gymsal")
			.doesNotContain("Stua");
		assertThat(names(api("/api/v1/resources?municipality=1804&q=rom med kjokken", "rooms")))
			.contains("Stua", "Storsalen")
			.doesNotContain("Gymsal", "Klasserom 101");
		assertThat(names(api("/api/v1/resources?municipality=1804&q=مطبخ", "rooms"))).contains("Stua", "Storsalen")
			.doesNotContain("Gymsal");
		assertThat(api("/api/v1/resources?municipality=1804&q=lokale", "rooms")).hasSizeGreaterThanOrEqualTo(4)
			.allMatch(r -> "1804".equals(r.get("municipality")));
		assertThat(api("/api/v1/resources?municipality=4003&q=meeting room", "rooms"))
			.allMatch(r -> "4003".equals(r.get("municipality")));
	}

	@Test
	@DisplayName("a room booked on Tuesday 18–20 is not free then, but is free earlier that day")
	void bookedRoomIsNotFree() {
		Map<?, ?> made = postJson(signedIn(this.client, "h14-booker"),
				Map.of("date", TUESDAY, "from", "18:00", "to", "20:00", "weeks", 1, "organisation", "", "purpose",
						"Møte", "contact", "h14@example.no"),
				"/api/v1/venues/{v}/rooms/stue/bookings", CENTRE)
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		this.booking = (String) made.get("id");
		assertThat(made.get("status")).isEqualTo("APPROVED");
		String base = "/api/v1/resources?municipality=1804&q=stua&date=" + TUESDAY;
		assertThat(names(api(base + "&from=18:00&to=20:00", "rooms"))).doesNotContain("Stua");
		assertThat(names(api(base + "&from=19:00&to=19:30", "rooms"))).doesNotContain("Stua");
		List<Map<String, Object>> earlier = api(base + "&from=15:00&to=17:00", "rooms");
		assertThat(names(earlier)).contains("Stua");
		assertThat(earlier).filteredOn(r -> "Stua".equals(r.get("name")))
			.allMatch(r -> r.get("freeThen") == Boolean.TRUE);
		// On the home page: the weekday and a date pick the Tuesday, the room times the
		// hours.
		String page = "/?q=rom&municipality=1804&weekday=TUESDAY&from=" + TUESDAY;
		assertThat(page(page + "&roomFrom=18:00&roomTo=20:00")).doesNotContain(STUA + "?week=")
			.contains("Bare rom som er ledige");
		assertThat(page(page + "&roomFrom=15:00&roomTo=17:00")).contains(STUA + "?week=2026-12-14");
	}

	@Test
	@DisplayName("bad room times and dates are problems for the API and inline messages on the page")
	void badInput() {
		this.client.get()
			.uri("/api/v1/resources?q=rom&date=2026-13-01")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith("application/problem+json");
		this.client.get()
			.uri("/api/v1/resources?q=rom&date=2026-12-15&from=20:00&to=18:00")
			.exchange()
			.expectStatus()
			.isBadRequest();
		this.client.get().uri("/api/v1/resources?q=rom&municipality=9999").exchange().expectStatus().isBadRequest();
		this.client.get().uri("/api/v1/resources?q=rom&size=0").exchange().expectStatus().isBadRequest();
		assertThat(page("/?q=rom&roomFrom=20:00&roomTo=18:00")).contains("roomTo-error");
	}

	@Test
	@DisplayName("for you: a family with children gets skis in January, and a tent but no skis in July")
	void forYouBySeason() {
		String family = "/api/v1/recommendations?municipality=1804&groups=CHILDREN_WITH_PARENTS";
		List<Map<String, Object>> january = api(family + "&from=2027-01-10&to=2027-01-20", "equipment");
		assertThat(names(january)).contains("Langrennsski", "Skøyter", "Hjelm").doesNotContain("Telt");
		assertThat(january.toString()).contains("barnefamilier", "vinter");
		List<Map<String, Object>> july = api(family + "&from=2027-07-01&to=2027-07-10", "equipment");
		assertThat(names(july)).contains("Telt", "Redningsvest").doesNotContain("Langrennsski", "Skøyter");
		String english = this.client.get()
			.uri(family + "&from=2027-01-10")
			.header("Accept-Language", "en")
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(english).contains("families with children", "winter");
	}

	@Test
	@DisplayName("for you: someone interested in free venues gets rooms free in their free time")
	void forYouRooms() {
		List<Map<String, Object>> rooms = api("/api/v1/recommendations?municipality=1804&interests=FREE_VENUE"
				+ "&days=TUESDAY&after=17:00&before=19:00&from=" + TUESDAY, "rooms");
		assertThat(rooms).isNotEmpty().allMatch(r -> "1804".equals(r.get("municipality")));
	}

}
