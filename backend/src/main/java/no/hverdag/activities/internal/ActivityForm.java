package no.hverdag.activities.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import no.hverdag.activities.ActivityDraft;
import no.hverdag.activities.ActivityType;
import no.hverdag.activities.Place;
import no.hverdag.activities.Schedule;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.HverdagException.FieldProblem;

/**
 * The "post activity" form, for pages and the API alike. Times are HH:mm, dates
 * yyyy-MM-dd.
 */
record ActivityForm(@NotNull ActivityType type, @NotBlank @Size(max = 140) String title,
		@NotBlank @Size(max = 4000) String description,
		@NotBlank @Pattern(regexp = "ONE_OFF|WEEKLY") String scheduleKind, String date, DayOfWeek dayOfWeek,
		@NotBlank @Pattern(regexp = "\\d{2}:\\d{2}") String start,
		@NotBlank @Pattern(regexp = "\\d{2}:\\d{2}") String end, @NotBlank @Size(max = 140) String placeName,
		@Size(max = 200) String address, @NotBlank @Pattern(regexp = "\\d{4}") String municipality,
		@DecimalMin("57.0") @DecimalMax("72.0") Double lat, @DecimalMin("3.0") @DecimalMax("32.0") Double lon,
		@Size(max = 12) List<@Pattern(regexp = "[a-z]{2}") String> languages, Boolean free) {

	/** The languages an organisation can say are spoken at an activity (ISO 639-1). */
	static final List<String> LANGUAGES = List.of("no", "en", "ar", "uk", "so", "ti", "fa", "pl", "ku", "ru");

	ActivityForm {
		languages = languages == null ? List.of() : List.copyOf(languages);
	}

	static ActivityForm empty(String municipality) {
		return new ActivityForm(null, "", "", "WEEKLY", "", null, "18:00", "20:00", "", "", municipality, null, null,
				List.of("no"), true);
	}

	/** Turns the form into a draft, or fails with every cross-field problem at once. */
	ActivityDraft toDraft() {
		List<FieldProblem> problems = new ArrayList<>();
		LocalTime startTime = time(this.start, "start", problems);
		LocalTime endTime = time(this.end, "end", problems);
		if (startTime != null && endTime != null && !endTime.isAfter(startTime)) {
			problems.add(new FieldProblem("end", "validation.end.afterStart"));
		}
		LocalDate day = null;
		if ("ONE_OFF".equals(this.scheduleKind)) {
			try {
				day = LocalDate.parse(this.date == null ? "" : this.date);
			}
			catch (DateTimeParseException ex) {
				problems.add(new FieldProblem("date", "validation.date"));
			}
		}
		else if (this.dayOfWeek == null) {
			problems.add(new FieldProblem("dayOfWeek", "validation.dayOfWeek"));
		}
		if (this.languages.isEmpty() || !LANGUAGES.containsAll(this.languages)) {
			problems.add(new FieldProblem("languages", "validation.languages"));
		}
		if (!problems.isEmpty()) {
			throw new HverdagException.InvalidInput(problems);
		}
		Schedule schedule = day != null ? new Schedule.OneOff(day, startTime, endTime)
				: new Schedule.Weekly(this.dayOfWeek, startTime, endTime);
		return new ActivityDraft(
				this.type, this.title.strip(), this.description.strip(), schedule, new Place(this.placeName.strip(),
						this.address == null ? null : this.address.strip(), this.municipality, this.lat, this.lon),
				this.languages, Boolean.TRUE.equals(this.free));
	}

	private static LocalTime time(String value, String field, List<FieldProblem> problems) {
		try {
			return LocalTime.parse(value);
		}
		catch (DateTimeParseException | NullPointerException ex) {
			problems.add(new FieldProblem(field, "validation.time"));
			return null;
		}
	}

}
