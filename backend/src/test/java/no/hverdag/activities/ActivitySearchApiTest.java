package no.hverdag.activities;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import no.hverdag.support.HverdagIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/v1/activities} as integrations call it: each filter, sorting, paging
 * and facet counts, over activities this test publishes in Trondheim (5001) with a word
 * of its own; and a clear 400 naming the parameter for every value it cannot use.
 */
@HverdagIntegrationTest
class ActivitySearchApiTest {

	static final String TRONDHEIM = "5001";

	/** Trondheim public library. */
	static final String LIBRARY = "63.4300,10.3950";

	@Autowired
	WebTestClient client;

	@Autowired
	ActivityPublishing publishing;

	private final String word = "Trondsok" + UUID.randomUUID().toString().substring(0, 6).replace("-", "");

	/** Thursday 26 November 2026 in the test clock. */
	private final LocalDate today = LocalDate.of(2026, 11, 26);

	@BeforeEach
	void publish() {
		publish("near", ActivityType.LANGUAGE_CAFE, Schedule.weekly(DayOfWeek.TUESDAY, at(18), at(20)), 63.4300,
				10.3950, NorwegianLevel.NONE, Audience.EVERYONE, true, Set.of(Accessibility.STEP_FREE), "ar");
		publish("far", ActivityType.LANGUAGE_CAFE, Schedule.weekly(DayOfWeek.WEDNESDAY, at(17), at(19)), 63.3600,
				10.3500, NorwegianLevel.A2, Audience.WOMEN, true, Set.of(), "so");
		publish("trip", ActivityType.CULTURE_EVENT, new Schedule.OneOff(this.today.plusDays(10), at(10), at(15)),
				63.4400, 10.4000, NorwegianLevel.B1, Audience.EVERYONE, false, Set.of(Accessibility.STEP_FREE), "en");
	}

	private static LocalTime at(int hour) {
		return LocalTime.of(hour, 0);
	}

	private void publish(String key, ActivityType type, Schedule schedule, double lat, double lon, NorwegianLevel level,
			Audience audience, boolean free, Set<Accessibility> accessibility, String language) {
		ActivityDraft draft = new ActivityDraft(type, ActivityTexts.of("nb", key + " " + this.word, "Velkommen."),
				TextFormat.PLAIN, schedule,
				new Place("Huset", null, TRONDHEIM, "Sentrum", BuildingType.LIBRARY, lat, lon), List.of("no", language),
				level, audience, free, free ? null : 200, accessibility, Participation.DROP_IN, null);
		this.publishing.importActivity(key + "-" + this.word, "seed-org-grunerlokka-frivilligsentral", draft).block();
	}

	private Page search(String filters) {
		return this.client.get()
			.uri("/api/v1/activities?q=" + this.word + "&municipality=" + TRONDHEIM + "&" + filters)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Page>() {
			})
			.returnResult()
			.getResponseBody();
	}

	private List<String> keys(String filters) {
		return search(filters).items().stream().map(item -> item.get("id").toString().split("-")[0]).toList();
	}

	record Page(List<Map<String, Object>> items, long total, int page, int size, int pages,
			Map<String, Map<String, Long>> facets) {
	}

	@Test
	@DisplayName("each filter keeps what it says")
	void eachFilter() {
		assertThat(keys("sort=DATE")).containsExactly("near", "far", "trip");
		assertThat(keys("type=CULTURE_EVENT")).containsExactly("trip");
		assertThat(keys("lang=so")).containsExactly("far");
		assertThat(keys("level=NONE")).containsExactly("near");
		assertThat(keys("level=A2&sort=DATE")).containsExactly("near", "far");
		assertThat(keys("audience=WOMEN")).containsExactly("far");
		assertThat(keys("free=true&sort=DATE")).containsExactly("near", "far");
		assertThat(keys("weekday=WEDNESDAY")).containsExactly("far");
		assertThat(keys("weekday=WEDNESDAY&weekday=TUESDAY&sort=DATE")).containsExactly("near", "far");
		assertThat(keys("after=17:30")).containsExactly("near");
		assertThat(keys("before=16:00")).containsExactly("trip");
		assertThat(keys("from=" + this.today.plusDays(10) + "&to=" + this.today.plusDays(10))).containsExactly("trip");
		assertThat(keys("accessibility=STEP_FREE&sort=DATE")).containsExactly("near", "trip");
		assertThat(keys("near=" + LIBRARY + "&radiusKm=3&sort=DISTANCE")).containsExactly("near", "trip");
	}

	@Test
	@DisplayName("sorts by distance with the distance in the answer, and pages hold their size")
	void distanceAndPages() {
		Page nearest = search("near=" + LIBRARY + "&sort=DISTANCE&size=2");
		assertThat(nearest.items()).extracting(item -> item.get("id").toString().split("-")[0])
			.containsExactly("near", "trip");
		assertThat((Double) nearest.items().get(0).get("distanceKm")).isLessThan(0.1);
		assertThat(nearest.total()).isEqualTo(3);
		assertThat(nearest.pages()).isEqualTo(2);
		assertThat(search("near=" + LIBRARY + "&sort=DISTANCE&size=2&page=1").items())
			.extracting(item -> item.get("id").toString().split("-")[0])
			.containsExactly("far");
	}

	@Test
	@DisplayName("facet counts leave out their own filter's choice")
	void facets() {
		Page cafes = search("type=LANGUAGE_CAFE");
		assertThat(cafes.total()).isEqualTo(2);
		assertThat(cafes.facets().get("type")).containsEntry("LANGUAGE_CAFE", 2L).containsEntry("CULTURE_EVENT", 1L);
		assertThat(cafes.facets().get("audience")).containsEntry("WOMEN", 1L).containsEntry("EVERYONE", 1L);
	}

	@Test
	@DisplayName("answers in the reader's language, with the upcoming occurrences")
	void occurrences() {
		Map<String, Object> near = search("sort=DATE").items().get(0);
		assertThat(near.get("language")).isEqualTo("nb");
		assertThat((List<?>) near.get("occurrences")).hasSize(8)
			.first()
			.isEqualTo(Map.of("date", "2026-12-01", "start", "18:00", "end", "20:00"));
	}

	@Test
	@DisplayName("a value it cannot use answers 400 naming the parameter")
	void badValues() {
		for (String[] bad : new String[][] { { "level", "D9" }, { "audience", "ALIENS" }, { "near", "north" },
				{ "radiusKm", "0" }, { "radiusKm", "9999" }, { "from", "i-morgen" }, { "to", "2026-13-01" },
				{ "accessibility", "LIFT" }, { "sort", "RANDOM" }, { "page", "-1" }, { "size", "1000" },
				{ "lang", "xx" }, { "weekday", "FUNDAY" } }) {
			String extra = bad[0].equals("radiusKm") ? "&near=" + LIBRARY : "";
			this.client.get()
				.uri("/api/v1/activities?" + bad[0] + "=" + bad[1] + extra)
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo(bad[0]);
		}
		this.client.get()
			.uri("/api/v1/activities?from=2026-12-10&to=2026-12-01")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("to");
		this.client.get()
			.uri("/api/v1/activities?sort=DISTANCE")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("sort");
		this.client.get()
			.uri("/api/v1/activities?radiusKm=5")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("near");
	}

}
