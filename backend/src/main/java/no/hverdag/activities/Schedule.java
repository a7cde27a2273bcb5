package no.hverdag.activities;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * When an activity happens: once, or every week or every second week on given weekdays,
 * with dates it is skipped (holidays). Always from a start to a later end the same day.
 */
public sealed interface Schedule permits Schedule.OneOff, Schedule.Recurring {

	/** How far ahead a recurring schedule is unrolled into occurrences. */
	int HORIZON_DAYS = 366;

	LocalTime start();

	LocalTime end();

	/** The weekdays it happens on. */
	Set<DayOfWeek> weekdays();

	/** Whether it happens on this date. */
	boolean happensOn(LocalDate date);

	/** The dates it happens between two dates, both included, in order. */
	default List<Occurrence> occurrences(LocalDate from, LocalDate to) {
		List<Occurrence> found = new ArrayList<>();
		LocalDate last = to.isAfter(from.plusDays(HORIZON_DAYS)) ? from.plusDays(HORIZON_DAYS) : to;
		for (LocalDate day = from; !day.isAfter(last); day = day.plusDays(1)) {
			if (happensOn(day)) {
				found.add(new Occurrence(day, start(), end()));
			}
		}
		return found;
	}

	/** The next day it happens, today included; empty when it is over. */
	default Optional<LocalDate> nextOccurrence(LocalDate today) {
		for (LocalDate day = today; !day.isAfter(today.plusDays(HORIZON_DAYS)); day = day.plusDays(1)) {
			if (happensOn(day)) {
				return Optional.of(day);
			}
		}
		return Optional.empty();
	}

	/** Every week on one day, with no end: the common case. */
	static Schedule weekly(DayOfWeek day, LocalTime start, LocalTime end) {
		return new Recurring(Set.of(day), 1, null, null, Set.of(), start, end);
	}

	/** Happens once, on a date. */
	record OneOff(LocalDate date, LocalTime start, LocalTime end) implements Schedule {

		public OneOff {
			Objects.requireNonNull(date, "date");
			requireOrder(start, end);
		}

		@Override
		public Set<DayOfWeek> weekdays() {
			return Set.of(this.date.getDayOfWeek());
		}

		@Override
		public boolean happensOn(LocalDate day) {
			return this.date.equals(day);
		}

	}

	/**
	 * Every {@code everyWeeks} weeks (1 or 2) on the given days, from {@code firstDate}
	 * (which also says which weeks a biweekly schedule falls in) until {@code lastDate}
	 * (both may be absent for weekly), except on the {@code exceptions}.
	 */
	record Recurring(Set<DayOfWeek> days, int everyWeeks, LocalDate firstDate, LocalDate lastDate,
			Set<LocalDate> exceptions, LocalTime start, LocalTime end) implements Schedule {

		public Recurring {
			if (days == null || days.isEmpty()) {
				throw new IllegalArgumentException("A recurring activity happens on at least one weekday");
			}
			days = Set.copyOf(EnumSet.copyOf(days));
			if (everyWeeks != 1 && everyWeeks != 2) {
				throw new IllegalArgumentException("An activity recurs every week or every second week");
			}
			if (everyWeeks == 2 && firstDate == null) {
				throw new IllegalArgumentException("Every second week needs a first date to count from");
			}
			if (firstDate != null && lastDate != null && lastDate.isBefore(firstDate)) {
				throw new IllegalArgumentException("The last date comes after the first");
			}
			exceptions = exceptions == null ? Set.of() : Set.copyOf(new TreeSet<>(exceptions));
			requireOrder(start, end);
		}

		@Override
		public Set<DayOfWeek> weekdays() {
			return this.days;
		}

		@Override
		public boolean happensOn(LocalDate day) {
			if (!this.days.contains(day.getDayOfWeek()) || this.exceptions.contains(day)) {
				return false;
			}
			if (this.firstDate != null && day.isBefore(this.firstDate)
					|| this.lastDate != null && day.isAfter(this.lastDate)) {
				return false;
			}
			if (this.everyWeeks == 1) {
				return true;
			}
			LocalDate firstMonday = this.firstDate.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			return ChronoUnit.WEEKS.between(firstMonday, monday) % this.everyWeeks == 0;
		}

	}

	private static void requireOrder(LocalTime start, LocalTime end) {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		if (!end.isAfter(start)) {
			throw new IllegalArgumentException("An activity ends after it starts");
		}
	}

}
