package no.hverdag.matching;

import java.time.DayOfWeek;
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
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static no.hverdag.support.Requests.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * "For you" through the API and the page: the best fit first with its reasons in the
 * reader's language, and no soft match ever outweighs a hard mismatch. Each test run
 * publishes its own activities in Molde (1506), where the demo has none.
 */
@HverdagIntegrationTest
class RecommendationsTest {

	static final String MOLDE = "1506";

	/** Molde library. */
	static final String HOME = "62.7375,7.1591";

	@Autowired
	WebTestClient client;

	@Autowired
	ActivityPublishing publishing;

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void publish() {
		// Tuesday evening, Arabic spoken, no Norwegian needed, at the library: the best
		// fit.
		publish("arabic-cafe", "Språkkafé med arabisk", ActivityType.LANGUAGE_CAFE, DayOfWeek.TUESDAY, 18,
				List.of("no", "ar"), NorwegianLevel.NONE, Audience.EVERYONE, 62.7375, 7.1591);
		// The same evening, a little further, Norwegian only.
		publish("norwegian-cafe", "Språkkafé på norsk", ActivityType.LANGUAGE_CAFE, DayOfWeek.TUESDAY, 18,
				List.of("no"), NorwegianLevel.NONE, Audience.EVERYONE, 62.74, 7.17);
		// Every soft reason, but women only: never for someone who is not.
		publish("women", "Kvinnekafé med arabisk", ActivityType.LANGUAGE_CAFE, DayOfWeek.TUESDAY, 18,
				List.of("no", "ar"), NorwegianLevel.NONE, Audience.WOMEN, 62.7375, 7.1591);
		// Every soft reason, but needs B1: never for an A1 speaker.
		publish("b1", "Debattkveld på arabisk og norsk", ActivityType.LANGUAGE_CAFE, DayOfWeek.TUESDAY, 18,
				List.of("no", "ar"), NorwegianLevel.B1, Audience.EVERYONE, 62.7375, 7.1591);
		// Every soft reason, but in the morning: never for someone free after 16:00.
		publish("morning", "Morgenkafé med arabisk", ActivityType.LANGUAGE_CAFE, DayOfWeek.TUESDAY, 10,
				List.of("no", "ar"), NorwegianLevel.NONE, Audience.EVERYONE, 62.7375, 7.1591);
	}

	private void publish(String key, String title, ActivityType type, DayOfWeek day, int hour, List<String> languages,
			NorwegianLevel level, Audience audience, double lat, double lon) {
		ActivityDraft draft = new ActivityDraft(type, ActivityTexts.of("nb", title + " " + this.run, "Velkommen."),
				TextFormat.PLAIN, Schedule.weekly(day, LocalTime.of(hour, 0), LocalTime.of(hour + 2, 0)),
				new Place("Molde bibliotek", "Kirkebakken 1", MOLDE, null, BuildingType.LIBRARY, lat, lon), languages,
				level, audience, true, null, Set.of(Accessibility.STEP_FREE), Participation.DROP_IN, null);
		this.publishing.importActivity("rec-" + key + "-" + this.run, "seed-org-grunerlokka-frivilligsentral", draft)
			.block();
	}

	private List<Map<String, Object>> recommend(String query, String language) {
		return this.client.get()
			.uri("/api/v1/recommendations?" + query)
			.header(HttpHeaders.ACCEPT_LANGUAGE, language)
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
	@DisplayName("ranks the best fit first and says why, as codes and in the reader's language")
	void bestFitWithReasons() {
		List<Map<String, Object>> items = recommend(
				"languages=ar&level=A1&near=" + HOME + "&radiusKm=10&days=TUESDAY&after=16:00&size=50", "en");

		assertThat(items).extracting(item -> item.get("activityId"))
			.containsExactly("rec-arabic-cafe-" + this.run, "rec-norwegian-cafe-" + this.run);
		@SuppressWarnings("unchecked")
		List<Map<String, String>> reasons = (List<Map<String, String>>) items.get(0).get("reasons");
		assertThat(reasons).extracting(r -> r.get("code"))
			.containsSubsequence("LANGUAGE_SPOKEN", "DISTANCE", "FITS_EVENINGS", "NO_NORWEGIAN_NEEDED");
		assertThat(reasons).extracting(r -> r.get("text"))
			.containsSubsequence("Arabic spoken", "0.0 km away", "Tuesdays 18:00 fits your evenings",
					"no Norwegian needed");
	}

	@Test
	@DisplayName("says the same reasons in bokmål and in Arabic")
	void reasonsInOtherLanguages() {
		String profile = "languages=ar&level=A1&near=" + HOME + "&days=TUESDAY&after=16:00&size=50";
		assertThat(reasonTexts(recommend(profile, "nb"))).contains("Arabisk snakkes der",
				"Tirsdager kl. 18:00 passer kveldene dine", "ingen norsk nødvendig");
		assertThat(reasonTexts(recommend(profile, "ar"))).contains("يُتحدث بها: العربية", "لا حاجة إلى النرويجية");
	}

	@SuppressWarnings("unchecked")
	private static List<String> reasonTexts(List<Map<String, Object>> items) {
		return ((List<Map<String, String>>) items.get(0).get("reasons")).stream().map(r -> r.get("text")).toList();
	}

	@Test
	@DisplayName("hard constraints never lose to soft ones: the wrong audience, level or time is left out")
	void hardConstraintsWin() {
		assertThat(recommend("languages=ar&level=A1&near=" + HOME + "&days=TUESDAY&after=16:00&size=50", "nb"))
			.extracting(item -> item.get("activityId"))
			.doesNotContain("rec-women-" + this.run, "rec-b1-" + this.run, "rec-morning-" + this.run);
		assertThat(recommend("languages=ar&level=B1&groups=WOMEN&near=" + HOME + "&size=50", "nb"))
			.extracting(item -> item.get("activityId"))
			.contains("rec-women-" + this.run, "rec-b1-" + this.run, "rec-morning-" + this.run);
	}

	@Test
	@DisplayName("a profile value that cannot be read answers 400 naming it")
	void badProfile() {
		for (String[] bad : new String[][] { { "level", "D9" }, { "languages", "xx" }, { "near", "nowhere" },
				{ "radiusKm", "0" }, { "days", "FUNDAY" }, { "after", "25:00" }, { "municipality", "9999" },
				{ "size", "500" } }) {
			this.client.get()
				.uri("/api/v1/recommendations?" + bad[0] + "=" + bad[1])
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo(bad[0]);
		}
	}

	@Test
	@DisplayName("without an account the profile lives in a cookie, and the page shows suggestions with reasons")
	void profileInTheBrowser() {
		String cookie = this.client.mutateWith(csrf())
			.post()
			.uri("/for-you")
			.body(BodyInserters.fromFormData("languages", "ar")
				.with("level", "A1")
				.with("near", HOME)
				.with("radiusKm", "10")
				.with("days", "TUESDAY")
				.with("after", "16:00"))
			.exchange()
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.valueEquals(HttpHeaders.LOCATION, "/for-you?saved")
			.returnResult(String.class)
			.getResponseCookies()
			.getFirst("hverdag_profile")
			.getValue();
		this.client.get()
			.uri("/for-you?saved")
			.cookie("hverdag_profile", cookie)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(page -> assertThat(page).contains("Språkkafé med arabisk " + this.run)
				.contains("Arabisk snakkes der")
				.doesNotContain("Kvinnekafé med arabisk " + this.run));
	}

	@Test
	@DisplayName("signed in, the profile is kept with the account, shows in the export and can be forgotten")
	void profileWithTheAccount() {
		WebTestClient amina = signedIn(this.client, "for-you-" + this.run);
		amina.mutateWith(csrf())
			.post()
			.uri("/for-you")
			.body(BodyInserters.fromFormData("languages", "ar").with("municipality", MOLDE).with("groups", "WOMEN"))
			.exchange()
			.expectStatus()
			.isSeeOther();
		amina.get()
			.uri("/for-you")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(page -> assertThat(page).contains("Kvinnekafé med arabisk " + this.run));
		amina.get()
			.uri("/api/v1/me/export")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(export -> assertThat(export).contains("groups=WOMEN"));
		amina.mutateWith(csrf()).post().uri("/for-you/forget").exchange().expectStatus().isSeeOther();
		amina.get()
			.uri("/for-you")
			.exchange()
			.expectBody(String.class)
			.value(page -> assertThat(page).doesNotContain("Kvinnekafé med arabisk " + this.run));
	}

	@Test
	@DisplayName("a time typed wrong on the page gets an inline message and saves nothing")
	void badTimeOnThePage() {
		this.client.mutateWith(csrf())
			.post()
			.uri("/for-you")
			.body(BodyInserters.fromFormData("after", "kveld"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectCookie()
			.doesNotExist("hverdag_profile")
			.expectBody(String.class)
			.value(page -> assertThat(page).contains("id=\"after-error\"").contains("Skriv tiden som TT:MM."));
	}

}
