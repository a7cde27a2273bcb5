package no.hverdag.matching;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

import no.hverdag.activities.Occurrence;

/**
 * When a newcomer is free: on some weekdays (all when none are given), between two times
 * of day (the whole day when absent). People in the introduction programme are free after
 * about 16:00.
 */
public record FreeTime(Set<DayOfWeek> days, LocalTime from, LocalTime until) {

	public static final FreeTime ANY = new FreeTime(Set.of(), null, null);

	public FreeTime {
		days = days == null || days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
		if (from != null && until != null && !until.isAfter(from)) {
			throw new IllegalArgumentException("until");
		}
	}

	public boolean isAny() {
		return this.days.isEmpty() && this.from == null && this.until == null;
	}

	/** The whole occurrence lies in the free time. */
	public boolean fits(Occurrence occurrence) {
		return (this.days.isEmpty() || this.days.contains(occurrence.date().getDayOfWeek()))
				&& (this.from == null || !occurrence.start().isBefore(this.from))
				&& (this.until == null || !occurrence.end().isAfter(this.until));
	}

	/** Free in the evening, the most common answer in the introduction programme. */
	public boolean evenings() {
		return this.from != null && !this.from.isBefore(LocalTime.of(16, 0));
	}

}
