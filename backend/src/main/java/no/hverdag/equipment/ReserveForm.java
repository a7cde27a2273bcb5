package no.hverdag.equipment;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import no.hverdag.booking.Admission;
import no.hverdag.booking.DayRange;

/**
 * A reservation or walk-in as typed: first and last day, how many, a name and a phone
 * number or e-mail for the reminder.
 */
public record ReserveForm(String first, String last, Integer count, String name, String contact) {

	public static ReserveForm empty() {
		return new ReserveForm("", "", 1, "", "");
	}

	/** The day range, or the fields that cannot be read. */
	public Parsed parse() {
		List<Admission.Refusal> problems = new ArrayList<>();
		LocalDate from = date(this.first, "first", problems);
		LocalDate to = date(this.last, "last", problems);
		if (from != null && to != null && to.isBefore(from)) {
			problems.add(new Admission.Refusal("last", "equipment.error.lastBeforeFirst"));
		}
		if (this.count == null || this.count < 1) {
			problems.add(new Admission.Refusal("count", "booking.error.count"));
		}
		if (this.name != null && this.name.length() > 80) {
			problems.add(new Admission.Refusal("name", "equipment.error.name"));
		}
		return problems.isEmpty() ? new Parsed(new DayRange(from, to), List.of()) : new Parsed(null, problems);
	}

	private static LocalDate date(String text, String field, List<Admission.Refusal> problems) {
		try {
			return LocalDate.parse(text == null ? "" : text.strip());
		}
		catch (DateTimeParseException e) {
			problems.add(new Admission.Refusal(field, "equipment.error.date"));
			return null;
		}
	}

	/** The outcome of reading the form. */
	public record Parsed(DayRange days, List<Admission.Refusal> problems) {
	}

}
