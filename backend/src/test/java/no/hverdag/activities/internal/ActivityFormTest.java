package no.hverdag.activities.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import no.hverdag.activities.Accessibility;
import no.hverdag.activities.Audience;
import no.hverdag.activities.BuildingType;
import no.hverdag.activities.ContactPerson;
import no.hverdag.activities.NorwegianLevel;
import no.hverdag.activities.Participation;
import no.hverdag.activities.TextFormat;
import tools.jackson.databind.json.JsonMapper;

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

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The form as the API would bind it from JSON: absent keys are null. */
	private static ActivityForm form(Map<String, Object> fields) {
		return JSON.convertValue(fields, ActivityForm.class);
	}

	private static Map<String, Object> weeklyFields(DayOfWeek dayOfWeek, String start, String end,
			List<String> languages, Boolean free) {
		Map<String, Object> fields = new HashMap<>();
		fields.put("type", "LANGUAGE_CAFE");
		fields.put("title", "  Språkkafé  ");
		fields.put("description", " Vi snakker norsk. ");
		fields.put("scheduleKind", "WEEKLY");
		fields.put("days", dayOfWeek == null ? List.of() : List.of(dayOfWeek.name()));
		fields.put("start", start);
		fields.put("end", end);
		fields.put("placeName", " Stormen bibliotek ");
		fields.put("address", " Storgata 1 ");
		fields.put("municipality", "1804");
		fields.put("lat", 67.28);
		fields.put("lon", 14.40);
		fields.put("languages", languages);
		fields.put("free", free);
		return fields;
	}

	private static ActivityForm weekly(DayOfWeek dayOfWeek, String start, String end, List<String> languages,
			Boolean free) {
		return form(weeklyFields(dayOfWeek, start, end, languages, free));
	}

	private static ActivityForm oneOff(String date, String start, String end) {
		Map<String, Object> fields = new HashMap<>();
		fields.put("type", "CULTURE_EVENT");
		fields.put("title", "Konsert");
		fields.put("description", "Gratis konsert");
		fields.put("scheduleKind", "ONE_OFF");
		fields.put("date", date);
		fields.put("start", start);
		fields.put("end", end);
		fields.put("placeName", "Kulturhuset");
		fields.put("municipality", "0301");
		fields.put("languages", List.of("no"));
		fields.put("free", true);
		return form(fields);
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
			.isEqualTo(Schedule.weekly(DayOfWeek.TUESDAY, LocalTime.of(18, 0), LocalTime.of(20, 0)));
		assertThat(draft.type()).isEqualTo(ActivityType.LANGUAGE_CAFE);
		assertThat(draft.texts().original().title()).isEqualTo("Språkkafé");
		assertThat(draft.texts().original().description()).isEqualTo("Vi snakker norsk.");
		assertThat(draft.texts().originalLanguage()).isEqualTo("nb");
		assertThat(draft.place())
			.isEqualTo(new Place("Stormen bibliotek", "Storgata 1", "1804", null, BuildingType.OTHER, 67.28, 14.40));
		assertThat(draft.level()).isEqualTo(NorwegianLevel.NONE);
		assertThat(draft.participation()).isEqualTo(Participation.DROP_IN);
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
			.containsExactly(new FieldProblem("days", "validation.days"));
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
				new FieldProblem("end", "validation.end.afterStart"), new FieldProblem("days", "validation.days"),
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

	@Test
	@DisplayName("turns every second week on two days, from a first date, with exceptions, into that schedule")
	void biweeklyWithExceptions() {
		Map<String, Object> fields = weeklyFields(DayOfWeek.TUESDAY, "18:00", "20:00", List.of("no"), true);
		fields.put("scheduleKind", "BIWEEKLY");
		fields.put("days", List.of("TUESDAY", "THURSDAY"));
		fields.put("date", "2026-12-01");
		fields.put("lastDate", "2027-06-30");
		fields.put("exceptions", List.of("2026-12-29", " 2026-12-31 "));

		Schedule schedule = form(fields).toDraft().schedule();

		assertThat(schedule).isEqualTo(
				new Schedule.Recurring(Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), 2, LocalDate.of(2026, 12, 1),
						LocalDate.of(2027, 6, 30), Set.of(LocalDate.of(2026, 12, 29), LocalDate.of(2026, 12, 31)),
						LocalTime.of(18, 0), LocalTime.of(20, 0)));
	}

	@Test
	@DisplayName("every second week needs a first date to count from, and exceptions must be dates")
	void biweeklyNeedsFirstDate() {
		Map<String, Object> fields = weeklyFields(DayOfWeek.TUESDAY, "18:00", "20:00", List.of("no"), true);
		fields.put("scheduleKind", "BIWEEKLY");
		fields.put("exceptions", List.of("jul"));

		assertThat(problemsOf(form(fields))).containsExactlyInAnyOrder(new FieldProblem("date", "validation.date"),
				new FieldProblem("exceptions", "validation.date"));
	}

	@Test
	@DisplayName("keeps the text in its language with a translation, and the rest of what a newcomer needs to know")
	void richListing() {
		Map<String, Object> fields = weeklyFields(DayOfWeek.SATURDAY, "12:00", "14:00", List.of("no", "so"), false);
		fields.put("language", "nn");
		fields.put("format", "MARKDOWN");
		fields.put("translations", Map.of("en", Map.of("title", "Norwegian for women", "description", "Childcare.")));
		fields.put("level", "A1");
		fields.put("audience", "WOMEN");
		fields.put("priceNok", 50);
		fields.put("accessibility", List.of("STEP_FREE", "HEARING_LOOP"));
		fields.put("capacity", 15);
		fields.put("signUpRequired", true);
		fields.put("contactName", "Amina");
		fields.put("contactPhone", "412 34 567");
		fields.put("district", "Grünerløkka");
		fields.put("buildingType", "LIBRARY");

		ActivityDraft draft = form(fields).toDraft();

		assertThat(draft.texts().originalLanguage()).isEqualTo("nn");
		assertThat(draft.texts().in("en").title()).isEqualTo("Norwegian for women");
		assertThat(draft.texts().in("ar").title()).as("Arabic falls back to nynorsk, there being no bokmål")
			.isEqualTo("Språkkafé");
		assertThat(draft.format()).isEqualTo(TextFormat.MARKDOWN);
		assertThat(draft.level()).isEqualTo(NorwegianLevel.A1);
		assertThat(draft.audience()).isEqualTo(Audience.WOMEN);
		assertThat(draft.free()).isFalse();
		assertThat(draft.priceNok()).isEqualTo(50);
		assertThat(draft.accessibility()).containsExactlyInAnyOrder(Accessibility.STEP_FREE,
				Accessibility.HEARING_LOOP);
		assertThat(draft.participation()).isEqualTo(new Participation(15, true));
		assertThat(draft.contact()).isEqualTo(new ContactPerson("Amina", "412 34 567", null));
		assertThat(draft.place().district()).isEqualTo("Grünerløkka");
		assertThat(draft.place().buildingType()).isEqualTo(BuildingType.LIBRARY);
	}

	@Test
	@DisplayName("reports a contact phone or e-mail that is not one, and a translation into the text's own language")
	void badContactAndTranslation() {
		Map<String, Object> fields = weeklyFields(DayOfWeek.SATURDAY, "12:00", "14:00", List.of("no"), true);
		fields.put("contactPhone", "ring meg");
		fields.put("contactEmail", "ikke-en-adresse");
		fields.put("translationLanguage", "nb");
		fields.put("translationTitle", "Samme språk");

		assertThat(problemsOf(form(fields))).containsExactlyInAnyOrder(
				new FieldProblem("contactPhone", "validation.phone"),
				new FieldProblem("contactEmail", "validation.email"),
				new FieldProblem("translationLanguage", "validation.textLanguage"));
	}

}
