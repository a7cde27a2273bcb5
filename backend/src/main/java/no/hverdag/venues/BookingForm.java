package no.hverdag.venues;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import no.hverdag.booking.Admission;
import no.hverdag.booking.Period;

/**
 * A room request as typed: a date, a time, and how many weeks in a row (1 = once).
 * {@code organisation} blank: for oneself.
 */
public record BookingForm(String date, String from, String to, Integer weeks, String organisation, String purpose,
		String contact) {

	public static BookingForm empty() {
		return new BookingForm("", "18:00", "20:00", 1, "", "", "");
	}

	/** The periods asked for, or the fields that cannot be read. */
	public Parsed parse() {
		List<Admission.Refusal> reasons = new ArrayList<>();
		LocalDate day = null;
		try {
			day = LocalDate.parse(this.date == null ? "" : this.date.strip());
		}
		catch (DateTimeParseException e) {
			reasons.add(new Admission.Refusal("date", "venues.error.date"));
		}
		LocalTime start = VenueForm.time(this.from);
		LocalTime end = VenueForm.time(this.to);
		if (start == null) {
			reasons.add(new Admission.Refusal("from", "venues.error.time"));
		}
		if (end == null || (start != null && !end.equals(LocalTime.MIDNIGHT) && !end.isAfter(start))) {
			reasons.add(new Admission.Refusal("to", "venues.error.endAfterStart"));
		}
		int count = this.weeks == null ? 1 : this.weeks;
		if (count < 1) {
			reasons.add(new Admission.Refusal("weeks", "booking.error.tooManyWeeks"));
		}
		if (this.purpose != null && this.purpose.length() > 500) {
			reasons.add(new Admission.Refusal("purpose", "venues.error.purpose"));
		}
		if (!reasons.isEmpty()) {
			return new Parsed(List.of(), reasons);
		}
		LocalTime to = end;
		Period first = new Period(day.atTime(start),
				to.equals(LocalTime.MIDNIGHT) ? day.plusDays(1).atStartOfDay() : day.atTime(to));
		return new Parsed(first.weekly(Math.min(count, 200)), List.of());
	}

	/** The outcome of reading the form. */
	public record Parsed(List<Period> periods, List<Admission.Refusal> problems) {
	}

}
