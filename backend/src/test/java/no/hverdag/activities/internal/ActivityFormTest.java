package no.hverdag.activities.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import no.hverdag.activities.ActivityDraft;
import no.hverdag.activities.ActivityType;
import no.hverdag.activities.Place;
import no.hverdag.activities.Schedule;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.HverdagException.FieldProblem;

@DisplayName("The post-activity form")
class ActivityFormTest {

	private static ActivityForm weekly(DayOfWeek dayOfWeek, String start, String end, List<String> languages,
			Boolean free) {
		return new ActivityForm(ActivityType.LANGUAGE_CAFE, "  Språkkafé  ", " Vi snakker norsk. ", "WEEKLY", null,
				dayOfWeek, start, end, " Stormen bibliotek ", " Storgata 1 ", "1804", 67.28, 14.40, languages, free);
	}

	private static ActivityForm oneOff(String date, String start, String end) {
		return new ActivityForm(ActivityType.CULTURE_EVENT, "Konsert", "Gratis konsert", "ONE_OFF", date, null, start,
				end, "Kulturhuset", null, "0301", null, null, List.of("no"), true);
	}

	private static List<FieldProblem> problemsOf(ActivityForm form) {
		HverdagException.InvalidInput invalid = catchThrowableOfType(HverdagException.InvalidInput.class,
				form::toDraft);
		assertThat(invalid).as("toDraft() should fail with InvalidInput").isNotNull();
		return invalid.fieldProblems();
	}

	@Test
	@DisplayName("turns a valid weekly form into a draft with a weekly schedule and stripped texts")
	void validWeekly() {
		ActivityDraft draft = weekly(DayOfWeek.TUESDAY, "18:00", "20:00", List.of("no", "ar"), true).toDraft();

		assertThat(draft.schedule())
			.isEqualTo(new Schedule.Weekly(DayOfWeek.TUESDAY, LocalTime.of(18, 0), LocalTime.of(20, 0)));
		assertThat(draft.type()).isEqualTo(ActivityType.LANGUAGE_CAFE);
		assertThat(draft.title()).isEqualTo("Språkkafé");
		assertThat(draft.description()).isEqualTo("Vi snakker norsk.");
		assertThat(draft.place()).isEqualTo(new Place("Stormen bibliotek", "Storgata 1", "1804", 67.28, 14.40));
		assertThat(draft.languages()).containsExactly("no", "ar");
		assertThat(draft.free()).isTrue();
	}

	@Test
	@DisplayName("turns a valid one-off form into a draft with a one-off schedule on its date")
	void validOneOff() {
		ActivityDraft draft = oneOff("2025-06-01", "12:00", "14:30").toDraft();

		assertThat(draft.schedule())
			.isEqualTo(new Schedule.OneOff(LocalDate.of(2025, 6, 1), LocalTime.of(12, 0), LocalTime.of(14, 30)));
		assertThat(draft.place().address()).isNull();
	}

	@Test
	@DisplayName("reports the date when a one-off has a date that is not a date")
	void badDate() {
		assertThat(problemsOf(oneOff("2025-13-45", "12:00", "14:00")))
			.containsExactly(new FieldProblem("date", "validation.date"));
		assertThat(problemsOf(oneOff("i morgen", "12:00", "14:00"))).extracting(FieldProblem::field)
			.containsExactly("date");
	}

	@Test
	@DisplayName("reports the date when a one-off has no date")
	void missingDate() {
		assertThat(problemsOf(oneOff(null, "12:00", "14:00"))).extracting(FieldProblem::field).containsExactly("date");
		assertThat(problemsOf(oneOff("", "12:00", "14:00"))).extracting(FieldProblem::field).containsExactly("date");
	}

	@Test
	@DisplayName("reports the end when it is before the start")
	void endBeforeStart() {
		assertThat(problemsOf(weekly(DayOfWeek.MONDAY, "20:00", "18:00", List.of("no"), true)))
			.containsExactly(new FieldProblem("end", "validation.end.afterStart"));
	}

	@Test
	@DisplayName("reports the end when it is the same as the start")
	void endEqualsStart() {
		assertThat(problemsOf(weekly(DayOfWeek.MONDAY, "18:00", "18:00", List.of("no"), true)))
			.containsExactly(new FieldProblem("end", "validation.end.afterStart"));
	}

	@Test
	@DisplayName("reports a time that is not a time")
	void badTime() {
		assertThat(problemsOf(weekly(DayOfWeek.MONDAY, "25:00", null, List.of("no"), true)))
			.containsExactly(new FieldProblem("start", "validation.time"), new FieldProblem("end", "validation.time"));
	}

	@Test
	@DisplayName("reports the day of the week when a weekly activity has none")
	void weeklyWithoutDay() {
		assertThat(problemsOf(weekly(null, "18:00", "20:00", List.of("no"), true)))
			.containsExactly(new FieldProblem("dayOfWeek", "validation.dayOfWeek"));
	}

	@Test
	@DisplayName("reports the languages when none are chosen")
	void noLanguages() {
		assertThat(problemsOf(weekly(DayOfWeek.MONDAY, "18:00", "20:00", List.of(), true)))
			.containsExactly(new FieldProblem("languages", "validation.languages"));
		assertThat(problemsOf(weekly(DayOfWeek.MONDAY, "18:00", "20:00", null, true)))
			.containsExactly(new FieldProblem("languages", "validation.languages"));
	}

	@Test
	@DisplayName("reports every problem at once")
	void severalProblems() {
		assertThat(problemsOf(weekly(null, "20:00", "18:00", List.of(), true))).containsExactlyInAnyOrder(
				new FieldProblem("end", "validation.end.afterStart"),
				new FieldProblem("dayOfWeek", "validation.dayOfWeek"),
				new FieldProblem("languages", "validation.languages"));
	}

	@Test
	@DisplayName("reports a bad one-off date together with the times")
	void severalProblemsOneOff() {
		assertThat(problemsOf(oneOff("not a date", "14:00", "12:00"))).extracting(FieldProblem::field)
			.containsExactlyInAnyOrder("date", "end");
	}

	@Test
	@DisplayName("means not free when free is left out")
	void freeMissing() {
		assertThat(weekly(DayOfWeek.MONDAY, "18:00", "20:00", List.of("no"), null).toDraft().free()).isFalse();
		assertThat(weekly(DayOfWeek.MONDAY, "18:00", "20:00", List.of("no"), false).toDraft().free()).isFalse();
	}

}
