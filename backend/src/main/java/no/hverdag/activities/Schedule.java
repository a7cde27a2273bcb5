package no.hverdag.activities;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.Optional;

/**
 * When an activity happens: once, or every week on the same day. Always from a start to a
 * later end.
 */
public sealed interface Schedule permits Schedule.OneOff, Schedule.Weekly {

	LocalTime start();

	LocalTime end();

	/** The next day it happens, today included; empty when a one-off is over. */
	Optional<LocalDate> nextOccurrence(LocalDate today);

	/** Happens once, on a date. */
	record OneOff(LocalDate date, LocalTime start, LocalTime end) implements Schedule {

		public OneOff {
			Objects.requireNonNull(date, "date");
			requireOrder(start, end);
		}

		@Override
		public Optional<LocalDate> nextOccurrence(LocalDate today) {
			return this.date.isBefore(today) ? Optional.empty() : Optional.of(this.date);
		}

	}

	/** Happens every week on one day. */
	record Weekly(DayOfWeek dayOfWeek, LocalTime start, LocalTime end) implements Schedule {

		public Weekly {
			Objects.requireNonNull(dayOfWeek, "dayOfWeek");
			requireOrder(start, end);
		}

		@Override
		public Optional<LocalDate> nextOccurrence(LocalDate today) {
			return Optional.of(today.with(TemporalAdjusters.nextOrSame(this.dayOfWeek)));
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
