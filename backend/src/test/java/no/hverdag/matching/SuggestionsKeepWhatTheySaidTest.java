package no.hverdag.matching;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import no.hverdag.activities.Accessibility;
import no.hverdag.activities.ActivityDraft;
import no.hverdag.activities.ActivityPublishing;
import no.hverdag.activities.ActivityTexts;
import no.hverdag.activities.ActivityType;
import no.hverdag.activities.Audience;
import no.hverdag.activities.BuildingType;
import no.hverdag.activities.NorwegianLevel;
import no.hverdag.activities.Participation;
import no.hverdag.activities.Place;
import no.hverdag.activities.Schedule;
import no.hverdag.activities.TextFormat;
import no.hverdag.support.HverdagIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Suggestions through {@code GET /api/v1/recommendations} never break what a newcomer
 * said: needs are hard, several free-time windows count, opening hours overlap, and a
 * date range reaches past four weeks. Over activities this test publishes in Bodø.
 */
@HverdagIntegrationTest
class SuggestionsKeepWhatTheySaidTest {

	static final String BODO = "1804";

	@Autowired
	WebTestClient client;

	@Autowired
	ActivityPublishing publishing;

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	/** Thursday 26 November 2026 in the test clock. */
	private final LocalDate today = LocalDate.of(2026, 11, 26);

	@BeforeEach
	void publish() {
		publish("stairs", ActivityType.LANGUAGE_CAFE, weekly(DayOfWeek.TUESDAY, 18, 20), Set.of());
		publish("step-free", ActivityType.LANGUAGE_CAFE, weekly(DayOfWeek.TUESDAY, 18, 20),
				Set.of(Accessibility.STEP_FREE));
		publish("weekday-daytime", ActivityType.CULTURE_EVENT, weekly(DayOfWeek.WEDNESDAY, 10, 12),
				Set.of(Accessibility.STEP_FREE));
		publish("saturday", ActivityType.CULTURE_EVENT, weekly(DayOfWeek.SATURDAY, 11, 13),
				Set.of(Accessibility.STEP_FREE));
		publish("free-room", ActivityType.FREE_VENUE, weekly(DayOfWeek.THURSDAY, 10, 19),
				Set.of(Accessibility.STEP_FREE));
		publish("sjakkveld", ActivityType.CULTURE_EVENT, weekly(DayOfWeek.FRIDAY, 18, 20),
				Set.of(Accessibility.STEP_FREE));
		publish("in-february", ActivityType.CULTURE_EVENT,
				new Schedule.OneOff(this.today.plusDays(80), LocalTime.of(18, 0), LocalTime.of(20, 0)),
				Set.of(Accessibility.STEP_FREE));
	}

	private static Schedule weekly(DayOfWeek day, int from, int to) {
		return Schedule.weekly(day, LocalTime.of(from, 0), LocalTime.of(to, 0));
	}

	private void publish(String key, ActivityType type, Schedule schedule, Set<Accessibility> access) {
		ActivityDraft draft = new ActivityDraft(type, ActivityTexts.of("nb", key + " " + this.run, "Velkommen."),
				TextFormat.PLAIN, schedule, new Place("Huset", null, BODO, null, BuildingType.LIBRARY, null, null),
				List.of("no"), NorwegianLevel.NONE, Audience.EVERYONE, true, null, access, Participation.DROP_IN, null);
		this.publishing.importActivity("keep-" + key + "-" + this.run, "seed-org-grunerlokka-frivilligsentral", draft)
			.block();
	}

	private List<String> suggested(String profile) {
		return items(profile).stream()
			.map(item -> String.valueOf(item.get("activityId")))
			.map(id -> id.substring("keep-".length(), id.length() - this.run.length() - 1))
			.toList();
	}

	private List<Map<String, Object>> items(String profile) {
		return this.client.get()
			.uri("/api/v1/recommendations?municipality=" + BODO + "&size=50&" + profile)
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Answer>() {
			})
			.returnResult()
			.getResponseBody()
			.items()
			.stream()
			.filter(item -> String.valueOf(item.get("activityId")).endsWith(this.run))
			.toList();
	}

	record Answer(List<Map<String, Object>> items) {
	}

	@Test
	@DisplayName("a wheelchair user is never offered the café reached only by stairs, and is told why the other fits")
	void stepFree() {
		assertThat(suggested("days=TUESDAY&after=17:00")).contains("stairs", "step-free");
		assertThat(suggested("needs=STEP_FREE&days=TUESDAY&after=17:00")).containsExactly("step-free");
		@SuppressWarnings("unchecked")
		List<Map<String, String>> reasons = (List<Map<String, String>>) items("needs=STEP_FREE&days=TUESDAY").get(0)
			.get("reasons");
		assertThat(reasons).extracting(r -> r.get("text")).contains("meets your need: step-free access (wheelchair)");
	}

	@Test
	@DisplayName("weekday evenings and weekend days: both windows count, weekday daytime does not")
	void twoWindows() {
		List<String> found = suggested("days=MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY&after=17:00&before=22:00"
				+ "&days2=SATURDAY,SUNDAY&after2=09:00&before2=18:00");
		assertThat(found).contains("step-free", "saturday").doesNotContain("weekday-daytime");
	}

	@Test
	@DisplayName("a free room open 10–19 is suggested to someone free after 17:00, an activity at that time is not")
	void openingHours() {
		assertThat(suggested("days=THURSDAY&after=17:00")).contains("free-room");
		assertThat(suggested("days=WEDNESDAY&after=17:00")).doesNotContain("weekday-daytime");
	}

	@Test
	@DisplayName("a topic they like (chess) lifts a chess evening first and says so; the kind alone could not")
	void topics() {
		List<Map<String, Object>> items = items("topics=CHESS&needs=STEP_FREE");
		assertThat(String.valueOf(items.get(0).get("activityId"))).startsWith("keep-sjakkveld-");
		@SuppressWarnings("unchecked")
		List<Map<String, String>> reasons = (List<Map<String, String>>) items.get(0).get("reasons");
		assertThat(reasons).extracting(r -> r.get("text")).contains("you like: chess");
		@SuppressWarnings("unchecked")
		List<Map<String, String>> other = (List<Map<String, String>>) items.get(1).get("reasons");
		assertThat(other).extracting(r -> r.get("code")).doesNotContain("TOPIC");
	}

	@Test
	@DisplayName("a date range reaches past four weeks")
	void dateRange() {
		assertThat(suggested("")).doesNotContain("in-february");
		assertThat(suggested("from=" + this.today.plusDays(70) + "&to=" + this.today.plusDays(90)))
			.contains("in-february");
	}

	@Test
	@DisplayName("a need the platform does not know, or a range ending before it starts, is a clear 400")
	void badInput() {
		this.client.get().uri("/api/v1/recommendations?needs=STAIRS").exchange().expectStatus().isBadRequest();
		this.client.get()
			.uri("/api/v1/recommendations?from=2027-02-01&to=2027-01-01")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("to");
	}

}
