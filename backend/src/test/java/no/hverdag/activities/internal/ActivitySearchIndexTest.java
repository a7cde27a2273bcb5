package no.hverdag.activities.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import no.hverdag.activities.Activity;
import no.hverdag.activities.ActivityQuery;
import no.hverdag.activities.ActivityType;
import no.hverdag.activities.Place;
import no.hverdag.activities.Schedule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Newcomers' search words, as they really type them, find what they mean. */
class ActivitySearchIndexTest {

	private final ActivitySearchIndex index = indexWith(
			activity("cafe", "Språkkafé på Stormen", "Vi snakker norsk over en kopp kaffe.",
					ActivityType.LANGUAGE_CAFE),
			activity("coffee", "Kaffe og prat for seniorer", "Vi drikker kaffe og prater.", ActivityType.CULTURE_EVENT),
			activity("skis", "Utlån av ski og skøyter", "Lån ski gratis hos BUA.", ActivityType.EQUIPMENT_LENDING),
			activity("football", "Fotball i Skien", "Vi spiller fotball hver lørdag.", ActivityType.CULTURE_EVENT));

	@ParameterizedTest(name = "\"{0}\" finds the language café first")
	@ValueSource(strings = { "språkkafé", "språkkafe", "sprakkafe", "sprakafe", "språkkaffe", "kafe", "Språkkafeen" })
	@DisplayName("with or without Norwegian letters, with a typo, or part of the compound")
	void languageCafe(String typed) {
		assertThat(this.index.search(new ActivityQuery(typed, null, null, null, null))).first().isEqualTo("cafe");
	}

	@Test
	@DisplayName("a word of three letters is too short to guess from: it must match a whole word")
	void shortWordsStayExact() {
		assertThat(this.index.search(new ActivityQuery("kaf", null, null, null, null))).isEmpty();
		assertThat(this.index.search(new ActivityQuery("ski", null, null, null, null))).contains("skis");
	}

	@Test
	@DisplayName("exact matches rank above fuzzy ones: kaffe finds the coffee first")
	void exactFirst() {
		assertThat(this.index.search(new ActivityQuery("kaffe", null, null, null, null))).first().isEqualTo("coffee");
	}

	@Test
	@DisplayName("after work means starting at 16:00 or later; a weekday filter keeps that day only")
	void timeOfDayAndWeekday() {
		ActivitySearchIndex index = indexWith(
				activity("morning", "Morgentrim", "Trim.", ActivityType.CULTURE_EVENT, DayOfWeek.MONDAY, 10),
				activity("evening", "Kveldskafé", "Prat.", ActivityType.LANGUAGE_CAFE, DayOfWeek.MONDAY, 18),
				activity("tuesday", "Tirsdagskafé", "Prat.", ActivityType.LANGUAGE_CAFE, DayOfWeek.TUESDAY, 16));
		assertThat(index.search(new ActivityQuery(null, null, null, null, null, null, LocalTime.of(16, 0), null)))
			.containsExactlyInAnyOrder("evening", "tuesday");
		assertThat(index.search(new ActivityQuery(null, null, null, null, null, DayOfWeek.MONDAY, null, null)))
			.containsExactlyInAnyOrder("morning", "evening");
		assertThat(index
			.search(new ActivityQuery(null, null, null, null, null, DayOfWeek.MONDAY, LocalTime.of(16, 0), null)))
			.containsExactly("evening");
		assertThat(index.search(new ActivityQuery(null, null, null, null, null, null, null, LocalTime.of(12, 0))))
			.containsExactly("morning");
	}

	@Test
	@DisplayName("words that mean nothing here find nothing")
	void nonsense() {
		assertThat(this.index.search(new ActivityQuery("xyzzyplugh", null, null, null, null))).isEmpty();
	}

	private static ActivitySearchIndex indexWith(Activity... activities) {
		try {
			ActivitySearchIndex index = new ActivitySearchIndex();
			for (Activity activity : activities) {
				index.index(activity);
			}
			return index;
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static Activity activity(String id, String title, String description, ActivityType type) {
		return activity(id, title, description, type, DayOfWeek.TUESDAY, 18);
	}

	private static Activity activity(String id, String title, String description, ActivityType type, DayOfWeek day,
			int startHour) {
		return new Activity(id, "org", "Foreningen", type, title, description,
				new Schedule.Weekly(day, LocalTime.of(startHour, 0), LocalTime.of(startHour + 2, 0)),
				new Place("Huset", null, "1804", null, null), List.of("no"), true, Instant.EPOCH);
	}

}
