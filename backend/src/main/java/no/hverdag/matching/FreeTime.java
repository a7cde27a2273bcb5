package no.hverdag.matching;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

import no.hverdag.activities.Occurrence;

/**
 * One window of a newcomer's free time: on some weekdays (all when none are given),
 * between two times of day (the whole day when absent). People in the introduction
 * programme are free after about 16:00; many are free on weekday evenings and at
 * weekends, which is two windows.
 */
public record FreeTime(Set<DayOfWeek> days, LocalTime from, LocalTime until) {

	public static final FreeTime ANY = new FreeTime(Set.of(), null, null);

	/**
	 * An opening-hours listing (a free room, lending) fits when it is open this long
	 * inside the free time, or its whole opening if shorter.
	 */
	public static final Duration OPEN_AT_LEAST = Duration.ofMinutes(60);

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
		return onDay(occurrence) && (this.from == null || !occurrence.start().isBefore(this.from))
				&& (this.until == null || !occurrence.end().isAfter(this.until));
	}

	/**
	 * For opening hours: one can drop in during the free time, for at least an hour (or
	 * the whole opening when it is shorter).
	 */
	public boolean overlaps(Occurrence occurrence) {
		if (!onDay(occurrence)) {
			return false;
		}
		LocalTime start = this.from == null || occurrence.start().isAfter(this.from) ? occurrence.start() : this.from;
		LocalTime end = this.until == null || occurrence.end().isBefore(this.until) ? occurrence.end() : this.until;
		Duration open = Duration.between(occurrence.start(), occurrence.end());
		Duration shared = Duration.between(start, end);
		return !shared.isNegative() && shared.compareTo(open.compareTo(OPEN_AT_LEAST) < 0 ? open : OPEN_AT_LEAST) >= 0;
	}

	private boolean onDay(Occurrence occurrence) {
		return this.days.isEmpty() || this.days.contains(occurrence.date().getDayOfWeek());
	}

	/** Free in the evening, the most common answer in the introduction programme. */
	public boolean evenings() {
		return this.from != null && !this.from.isBefore(LocalTime.of(16, 0));
	}

}
