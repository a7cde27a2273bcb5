package no.hverdag.activities.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import no.hverdag.activities.Activity;
import no.hverdag.activities.Audience;
import no.hverdag.activities.NorwegianLevel;
import no.hverdag.activities.Schedule;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An activity stored in the first shape reads back as the same listing in today's. */
@no.hverdag.support.HverdagIntegrationTest
class ActivityShapeMigrationTest {

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.data.mongodb.core.ReactiveMongoTemplate mongo;

	@org.springframework.beans.factory.annotation.Autowired
	ActivityShapeMigration migration;

	@org.springframework.beans.factory.annotation.Autowired
	ActivityStore store;

	@Test
	@DisplayName("a weekly activity with a flat title and place becomes a bokmål listing on that weekday")
	void weekly() {
		String id = "old-shape-" + java.util.UUID.randomUUID();
		Document old = new Document("_id", id).append("organisationId", "org")
			.append("organisationName", "Foreningen")
			.append("type", "LANGUAGE_CAFE")
			.append("title", "Språkkafé")
			.append("description", "Vi snakker norsk.")
			.append("schedule",
					new Document("kind", "WEEKLY").append("dayOfWeek", "TUESDAY")
						.append("start", "18:00")
						.append("end", "20:00"))
			.append("placeName", "Stormen")
			.append("address", "Storgata 1")
			.append("municipality", "1804")
			.append("lat", 67.28)
			.append("lon", 14.38)
			.append("languages", List.of("no", "ar"))
			.append("free", true)
			.append("publishedAt", Date.from(Instant.parse("2026-01-01T10:00:00Z")));

		this.mongo.insert(old, "activities").block();
		this.migration.migrate().block();
		this.migration.migrate().block();
		Activity activity = this.store.find(id).block();

		assertThat(activity.title()).isEqualTo("Språkkafé");
		assertThat(activity.description()).isEqualTo("Vi snakker norsk.");
		assertThat(activity.schedule()).isInstanceOf(Schedule.Recurring.class);
		assertThat(activity.schedule().weekdays()).containsExactly(DayOfWeek.TUESDAY);
		assertThat(activity.place().name()).isEqualTo("Stormen");
		assertThat(activity.place().lat()).isEqualTo(67.28);
		assertThat(activity.languages()).containsExactly("no", "ar");
		assertThat(activity.level()).isEqualTo(NorwegianLevel.NONE);
		assertThat(activity.audience()).isEqualTo(Audience.EVERYONE);
		assertThat(activity.free()).isTrue();
	}

	@Test
	@DisplayName("a restart does not look for the old shape again: once per version of the migration on a store")
	void oncePerVersion() {
		// This context's start ran it already: run again, it is skipped (emits false).
		assertThat(this.migration.run().block()).isEqualTo(false);
	}

}
