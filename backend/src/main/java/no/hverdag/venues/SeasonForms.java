package no.hverdag.venues;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import no.hverdag.shared.HverdagException;

/** The two season forms as typed, and what can be read from them. */
public final class SeasonForms {

	private SeasonForms() {
	}

	/** The coordinator opens a season for their municipality. */
	public record Open(String municipality, String name, String firstDay, Integer weeks) {

		public static Open empty() {
			return new Open("", "", "", 12);
		}

		List<HverdagException.FieldProblem> problems(LocalDate today) {
			List<HverdagException.FieldProblem> problems = new ArrayList<>();
			if (this.name == null || this.name.isBlank() || this.name.strip().length() > 120) {
				problems.add(new HverdagException.FieldProblem("name", "season.error.name"));
			}
			LocalDate first = date(this.firstDay);
			if (first == null || !first.isAfter(today)) {
				problems.add(new HverdagException.FieldProblem("firstDay", "season.error.firstDay"));
			}
			if (this.weeks == null || this.weeks < 1 || this.weeks > 40) {
				problems.add(new HverdagException.FieldProblem("weeks", "season.error.weeks"));
			}
			return problems;
		}

	}

	/**
	 * An organisation applies. {@code place} is {@code venueId|roomKey}, or
	 * {@code venueId|} for any suitable room of the venue.
	 */
	public record Apply(String organisation, String place, String weekday, String from, Integer minutes, Integer weeks,
			Integer participants, String serves, String contact) {

		/** The form as first shown: for the whole season. */
		public static Apply empty(int weeks) {
			return new Apply("", "", "TUESDAY", "18:00", 90, weeks, 20, "CHILDREN_AND_YOUTH", "");
		}

		public String venueId() {
			return this.place == null || !this.place.contains("|") ? ""
					: this.place.substring(0, this.place.indexOf('|'));
		}

		/** The room asked for, or null for any suitable room. */
		public String roomKey() {
			if (this.place == null || !this.place.contains("|")) {
				return null;
			}
			String key = this.place.substring(this.place.indexOf('|') + 1);
			return key.isBlank() ? null : key;
		}

		List<HverdagException.FieldProblem> problems() {
			List<HverdagException.FieldProblem> problems = new ArrayList<>();
			if (this.organisation == null || this.organisation.isBlank()) {
				problems.add(new HverdagException.FieldProblem("organisation", "season.error.organisation"));
			}
			if (venueId().isBlank()) {
				problems.add(new HverdagException.FieldProblem("place", "season.error.place"));
			}
			if (day() == null) {
				problems.add(new HverdagException.FieldProblem("weekday", "season.error.weekday"));
			}
			LocalTime start = VenueForm.time(this.from);
			if (start == null || start.getMinute() % 15 != 0) {
				problems.add(new HverdagException.FieldProblem("from", "season.error.from"));
			}
			if (this.minutes == null || this.minutes < 15 || this.minutes > 480 || this.minutes % 15 != 0
					|| (start != null && start.toSecondOfDay() / 60 + this.minutes > 24 * 60)) {
				problems.add(new HverdagException.FieldProblem("minutes", "season.error.minutes"));
			}
			if (this.weeks == null || this.weeks < 1 || this.weeks > 40) {
				problems.add(new HverdagException.FieldProblem("weeks", "season.error.weeks"));
			}
			if (this.participants == null || this.participants < 1 || this.participants > 2000) {
				problems.add(new HverdagException.FieldProblem("participants", "season.error.participants"));
			}
			if (priority() == null) {
				problems.add(new HverdagException.FieldProblem("serves", "season.error.serves"));
			}
			return problems;
		}

		DayOfWeek day() {
			try {
				return this.weekday == null ? null : DayOfWeek.valueOf(this.weekday.strip());
			}
			catch (IllegalArgumentException e) {
				return null;
			}
		}

		SeasonRequest.PriorityClass priority() {
			try {
				return this.serves == null ? null : SeasonRequest.PriorityClass.valueOf(this.serves.strip());
			}
			catch (IllegalArgumentException e) {
				return null;
			}
		}

	}

	static LocalDate date(String text) {
		try {
			return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

}
