package no.hverdag.matching;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

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
import no.hverdag.activities.Topic;
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
 * Issue 13: a listing has a topic when its organisation tagged it, even when no word of
 * its text names the topic; the reason says so. Over listings this test publishes in
 * Bodø, in a week no other test uses.
 */
@HverdagIntegrationTest
class TaggedTopicsTest {

	@Autowired
	WebTestClient client;

	@Autowired
	ActivityPublishing publishing;

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void publish() {
		// "Wednesday meet-up": not a word about knitting, but the organisation says so.
		publish("tagged", Set.of(Topic.KNITTING));
		publish("untagged", Set.of());
	}

	private void publish(String key, Set<Topic> topics) {
		ActivityDraft draft = new ActivityDraft(ActivityType.CULTURE_EVENT,
				ActivityTexts.of("nb", "Onsdagstreff " + key + " " + this.run, "Velkommen til en hyggelig kveld."),
				TextFormat.PLAIN, Schedule.weekly(DayOfWeek.WEDNESDAY, LocalTime.of(18, 0), LocalTime.of(20, 0)),
				new Place("Huset", null, "1804", null, BuildingType.LIBRARY, null, null), List.of("no"),
				NorwegianLevel.NONE, Audience.EVERYONE, true, null, Set.of(), Participation.DROP_IN, null, topics,
				null);
		this.publishing.importActivity("tags-" + key + "-" + this.run, "seed-org-grunerlokka-frivilligsentral", draft)
			.block();
	}

	@Test
	@DisplayName("a listing tagged knitting, with no knitting words, is suggested first for knitting and says why")
	void taggedWithoutWords() {
		List<Map<String, Object>> items = items("topics=KNITTING&days=WEDNESDAY");
		assertThat(String.valueOf(items.get(0).get("activityId"))).startsWith("tags-tagged-");
		@SuppressWarnings("unchecked")
		List<Map<String, String>> reasons = (List<Map<String, String>>) items.get(0).get("reasons");
		assertThat(reasons).extracting(r -> r.get("code")).contains("TOPIC");
		assertThat(reasons).extracting(r -> r.get("text")).contains("you like: knitting and crochet");
		@SuppressWarnings("unchecked")
		List<Map<String, String>> untagged = (List<Map<String, String>>) items.get(1).get("reasons");
		assertThat(untagged).extracting(r -> r.get("code")).doesNotContain("TOPIC");
	}

	@Test
	@DisplayName("the tag shows on the listing's page in the reader's language")
	void tagOnThePage() {
		assertThat(this.client.get()
			.uri("/activities/tags-tagged-{run}?lang=ar", this.run)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody()).contains("الحياكة");
	}

	private List<Map<String, Object>> items(String profile) {
		return this.client.get()
			.uri("/api/v1/recommendations?municipality=1804&size=50&" + profile)
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

}
