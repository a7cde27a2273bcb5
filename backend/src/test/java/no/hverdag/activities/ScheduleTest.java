package no.hverdag.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A schedule")
class ScheduleTest {

	private static final LocalTime SIX_PM = LocalTime.of(18, 0);

	private static final LocalTime EIGHT_PM = LocalTime.of(20, 0);

	/** A Wednesday. */
	private static final LocalDate WEDNESDAY = LocalDate.of(2025, 3, 12);

	@Test
	@DisplayName("every week happens today when today is its day")
	void weeklyToday() {
		Schedule weekly = Schedule.weekly(DayOfWeek.WEDNESDAY, SIX_PM, EIGHT_PM);

		assertThat(weekly.nextOccurrence(WEDNESDAY)).contains(WEDNESDAY);
	}

	@Test
	@DisplayName("every week happens later this week when its day is still to come")
	void weeklyLaterThisWeek() {
		Schedule weekly = Schedule.weekly(DayOfWeek.FRIDAY, SIX_PM, EIGHT_PM);

		assertThat(weekly.nextOccurrence(WEDNESDAY)).contains(LocalDate.of(2025, 3, 14));
	}

	@Test
	@DisplayName("every week happens next week when its day has passed this week")
	void weeklyNextWeek() {
		Schedule weekly = Schedule.weekly(DayOfWeek.TUESDAY, SIX_PM, EIGHT_PM);

		assertThat(weekly.nextOccurrence(WEDNESDAY)).contains(LocalDate.of(2025, 3, 18));
	}

	@Test
	@DisplayName("every week happens on the next such day across the turn of the year")
	void weeklyAcrossYear() {
		Schedule weekly = Schedule.weekly(DayOfWeek.MONDAY, SIX_PM, EIGHT_PM);

		// 31 December 2025 is a Wednesday
		assertThat(weekly.nextOccurrence(LocalDate.of(2025, 12, 31))).contains(LocalDate.of(2026, 1, 5));
	}

	@Test
	@DisplayName("once happens on its date when that is today")
	void oneOffToday() {
		Schedule once = new Schedule.OneOff(WEDNESDAY, SIX_PM, EIGHT_PM);

		assertThat(once.nextOccurrence(WEDNESDAY)).contains(WEDNESDAY);
	}

	@Test
	@DisplayName("once happens on its date when that is still to come")
	void oneOffFuture() {
		LocalDate date = LocalDate.of(2025, 6, 1);
		Schedule once = new Schedule.OneOff(date, SIX_PM, EIGHT_PM);

		assertThat(once.nextOccurrence(WEDNESDAY)).contains(date);
	}

	@Test
	@DisplayName("once does not happen again after its date")
	void oneOffPast() {
		Schedule once = new Schedule.OneOff(WEDNESDAY.minusDays(1), SIX_PM, EIGHT_PM);

		assertThat(once.nextOccurrence(WEDNESDAY)).isEmpty();
	}

	@Test
	@DisplayName("must end after it starts")
	void endBeforeStart() {
		assertThatIllegalArgumentException().isThrownBy(() -> Schedule.weekly(DayOfWeek.MONDAY, EIGHT_PM, SIX_PM));
		assertThatIllegalArgumentException().isThrownBy(() -> new Schedule.OneOff(WEDNESDAY, EIGHT_PM, SIX_PM));
	}

	@Test
	@DisplayName("may not end at the same time as it starts")
	void equalTimes() {
		assertThatIllegalArgumentException().isThrownBy(() -> Schedule.weekly(DayOfWeek.MONDAY, SIX_PM, SIX_PM));
		assertThatIllegalArgumentException().isThrownBy(() -> new Schedule.OneOff(WEDNESDAY, SIX_PM, SIX_PM));
	}

}
