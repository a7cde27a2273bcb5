package no.hverdag.resources;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;

import no.hverdag.shared.HverdagException;

/**
 * The time a room is wanted for, as searches give it: a day and "from"/"to" clock times
 * (either may be left out: from the day's start, to midnight). Bad values are the user's
 * input: {@link HverdagException.InvalidInput} with the venues' own messages.
 */
public record RoomTime(LocalDateTime start, LocalDateTime end) {

	/** Null when neither time is given and no day either. */
	public static RoomTime of(LocalDate day, String from, String to) {
		if (day == null) {
			return null;
		}
		LocalTime start = time(from, LocalTime.MIDNIGHT, "from");
		LocalTime end = time(to, LocalTime.MIDNIGHT, "to");
		if (!end.equals(LocalTime.MIDNIGHT) && !end.isAfter(start)) {
			throw new HverdagException.InvalidInput("to", "venues.error.endAfterStart");
		}
		return new RoomTime(day.atTime(start),
				end.equals(LocalTime.MIDNIGHT) ? day.plusDays(1).atStartOfDay() : day.atTime(end));
	}

	/**
	 * The day a search means: the first day from {@code from} (or today) that is the
	 * asked weekday, if one is asked, and not after {@code to}; null when the search
	 * names no day at all.
	 */
	public static LocalDate day(LocalDate today, DayOfWeek weekday, LocalDate from, LocalDate to) {
		if (weekday == null && from == null) {
			return null;
		}
		LocalDate start = from == null || from.isBefore(today) ? today : from;
		LocalDate day = weekday == null ? start : start.with(TemporalAdjusters.nextOrSame(weekday));
		return to != null && day.isAfter(to) ? null : day;
	}

	public static LocalDate date(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new HverdagException.InvalidInput(field, "venues.error.date");
		}
	}

	private static LocalTime time(String text, LocalTime otherwise, String field) {
		if (text == null || text.isBlank()) {
			return otherwise;
		}
		String t = text.strip();
		if ("24:00".equals(t)) {
			return LocalTime.MIDNIGHT;
		}
		try {
			return LocalTime.parse(t.length() == 4 ? "0" + t : t);
		}
		catch (DateTimeParseException ex) {
			throw new HverdagException.InvalidInput(field, "venues.error.time");
		}
	}

}
