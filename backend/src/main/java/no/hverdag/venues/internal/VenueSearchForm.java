package no.hverdag.venues.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

import no.hverdag.booking.Period;
import no.hverdag.shared.HverdagException;
import no.hverdag.venues.VenueForm;

/** The free-room search's period: all three of date, from and to, or none. */
final class VenueSearchForm {

	private VenueSearchForm() {
	}

	static Period period(String date, String from, String to) {
		boolean none = blank(date) && blank(from) && blank(to);
		if (none) {
			return null;
		}
		LocalDate day;
		try {
			day = LocalDate.parse(date == null ? "" : date.strip());
		}
		catch (DateTimeParseException e) {
			throw new HverdagException.InvalidInput("date", "venues.error.date");
		}
		LocalTime start = VenueForm.time(blank(from) ? "00:00" : from);
		LocalTime end = VenueForm.time(blank(to) ? "24:00" : to);
		if (start == null) {
			throw new HverdagException.InvalidInput("from", "venues.error.time");
		}
		if (end == null || (!end.equals(LocalTime.MIDNIGHT) && !end.isAfter(start))) {
			throw new HverdagException.InvalidInput("to", "venues.error.endAfterStart");
		}
		return new Period(day.atTime(start),
				end.equals(LocalTime.MIDNIGHT) ? day.plusDays(1).atStartOfDay() : day.atTime(end));
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

}
