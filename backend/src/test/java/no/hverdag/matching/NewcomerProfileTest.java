package no.hverdag.matching;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import no.hverdag.activities.Accessibility;
import no.hverdag.activities.Activity;
import no.hverdag.activities.ActivityDraft;
import no.hverdag.activities.ActivityTexts;
import no.hverdag.activities.ActivityType;
import no.hverdag.activities.Audience;
import no.hverdag.activities.BuildingType;
import no.hverdag.activities.NorwegianLevel;
import no.hverdag.activities.Occurrence;
import no.hverdag.activities.Participation;
import no.hverdag.activities.Place;
import no.hverdag.activities.Schedule;
import no.hverdag.activities.TextFormat;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The rules a profile decides on its own: needs, windows, opening hours, the days asked.
 */
class NewcomerProfileTest {

	/** Thursday 26 November 2026. */
	static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

	static final FreeTime WEEKDAY_EVENINGS = new FreeTime(
			Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
			LocalTime.of(17, 0), LocalTime.of(22, 0));

	static final FreeTime WEEKEND_DAYS = new FreeTime(Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), LocalTime.of(9, 0),
			LocalTime.of(18, 0));

	static Activity activity(ActivityType type, Schedule schedule, Audience audience, Set<Accessibility> access) {
		ActivityDraft draft = new ActivityDraft(type, ActivityTexts.of("nb", "Aktivitet", "Velkommen."),
				TextFormat.PLAIN, schedule, new Place("Huset", null, "1804", null, BuildingType.LIBRARY, null, null),
				List.of("no"), NorwegianLevel.NONE, audience, true, null, access, Participation.DROP_IN, null);
		return Activity.published("a", "org", "Org", draft, Instant.parse("2026-11-01T00:00:00Z"));
	}

	static Activity cafe(DayOfWeek day, int from, int to, Set<Accessibility> access) {
		return activity(ActivityType.LANGUAGE_CAFE, Schedule.weekly(day, LocalTime.of(from, 0), LocalTime.of(to, 0)),
				Audience.EVERYONE, access);
	}

	static NewcomerProfile profile(List<FreeTime> windows, Set<Need> needs, LocalDate from, LocalDate to) {
		return new NewcomerProfile(List.of(), null, Set.of(), null, null, null, windows, Set.of(), false, needs, from,
				to, Set.of());
	}

	@Test
	@DisplayName("a wheelchair user is never offered a café reached only by stairs")
	void stepFreeIsHard() {
		NewcomerProfile wheelchair = profile(List.of(), Set.of(Need.STEP_FREE), null, null);
		assertThat(wheelchair.admits(cafe(DayOfWeek.TUESDAY, 18, 20, Set.of()))).isFalse();
		assertThat(wheelchair.admits(cafe(DayOfWeek.TUESDAY, 18, 20, Set.of(Accessibility.STEP_FREE)))).isTrue();
	}

	@Test
	@DisplayName("a hearing loop, women only and children welcome are hard too")
	void otherNeeds() {
		Activity plain = cafe(DayOfWeek.TUESDAY, 18, 20, Set.of(Accessibility.STEP_FREE));
		Activity forWomen = activity(ActivityType.CULTURE_EVENT,
				Schedule.weekly(DayOfWeek.TUESDAY, LocalTime.of(18, 0), LocalTime.of(20, 0)), Audience.WOMEN, Set.of());
		Activity families = activity(ActivityType.CULTURE_EVENT,
				Schedule.weekly(DayOfWeek.SATURDAY, LocalTime.of(11, 0), LocalTime.of(13, 0)),
				Audience.CHILDREN_WITH_PARENTS, Set.of());
		assertThat(profile(List.of(), Set.of(Need.HEARING_LOOP), null, null).admits(plain)).isFalse();
		assertThat(profile(List.of(), Set.of(Need.WOMEN_ONLY), null, null).admits(plain)).isFalse();
		assertThat(profile(List.of(), Set.of(Need.WOMEN_ONLY), null, null).admits(forWomen)).isTrue();
		assertThat(profile(List.of(), Set.of(Need.CHILDREN_WELCOME), null, null).admits(families)).isTrue();
		assertThat(profile(List.of(), Set.of(Need.CHILDREN_WELCOME), null, null).admits(plain)).isFalse();
	}

	@Test
	@DisplayName("weekday evenings and weekend days are two windows; weekday daytime fits neither")
	void severalWindows() {
		NewcomerProfile both = profile(List.of(WEEKDAY_EVENINGS, WEEKEND_DAYS), Set.of(), null, null);
		assertThat(both.nextFitting(cafe(DayOfWeek.TUESDAY, 18, 20, Set.of()), TODAY)).isPresent();
		assertThat(both.nextFitting(cafe(DayOfWeek.SATURDAY, 11, 13, Set.of()), TODAY)).isPresent();
		assertThat(both.nextFitting(cafe(DayOfWeek.TUESDAY, 10, 12, Set.of()), TODAY)).isEmpty();
		assertThat(both.nextFitting(cafe(DayOfWeek.SATURDAY, 19, 21, Set.of()), TODAY)).isEmpty();
	}

	@Test
	@DisplayName("opening hours need only overlap the free time by an hour; an activity must fit inside it")
	void openingHoursOverlap() {
		NewcomerProfile evenings = profile(List.of(WEEKDAY_EVENINGS), Set.of(), null, null);
		Schedule openDaytime = Schedule.weekly(DayOfWeek.WEDNESDAY, LocalTime.of(10, 0), LocalTime.of(19, 0));
		assertThat(evenings.nextFitting(activity(ActivityType.FREE_VENUE, openDaytime, Audience.EVERYONE, Set.of()),
				TODAY))
			.map(Occurrence::date)
			.contains(LocalDate.of(2026, 12, 2));
		assertThat(evenings
			.nextFitting(activity(ActivityType.EQUIPMENT_LENDING, openDaytime, Audience.EVERYONE, Set.of()), TODAY))
			.isPresent();
		assertThat(evenings.nextFitting(activity(ActivityType.CULTURE_EVENT, openDaytime, Audience.EVERYONE, Set.of()),
				TODAY))
			.isEmpty();
		Schedule closesAtHalfPast = Schedule.weekly(DayOfWeek.WEDNESDAY, LocalTime.of(10, 0), LocalTime.of(17, 30));
		assertThat(evenings
			.nextFitting(activity(ActivityType.FREE_VENUE, closesAtHalfPast, Audience.EVERYONE, Set.of()), TODAY))
			.as("open only half an hour of the free time")
			.isEmpty();
	}

	@Test
	@DisplayName("a date range beyond four weeks finds what is further ahead, up to half a year")
	void dateRange() {
		Activity inMarch = activity(ActivityType.CULTURE_EVENT,
				new Schedule.OneOff(LocalDate.of(2027, 3, 6), LocalTime.of(12, 0), LocalTime.of(14, 0)),
				Audience.EVERYONE, Set.of());
		assertThat(profile(List.of(), Set.of(), null, null).nextFitting(inMarch, TODAY)).isEmpty();
		assertThat(profile(List.of(), Set.of(), LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31))
			.nextFitting(inMarch, TODAY)).isPresent();
		assertThat(profile(List.of(), Set.of(), null, LocalDate.of(2030, 1, 1)).lastDay(TODAY))
			.isEqualTo(TODAY.plusDays(NewcomerProfile.MAX_DAYS_AHEAD));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> profile(List.of(), Set.of(), LocalDate.of(2027, 3, 1), LocalDate.of(2027, 2, 1)));
	}

}
