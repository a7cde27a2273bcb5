package no.hverdag.booking;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/** Whole days, first to last inclusive: what equipment is lent for. */
public record DayRange(LocalDate first, LocalDate last) {

	public DayRange {
		Objects.requireNonNull(first, "first");
		Objects.requireNonNull(last, "last");
		if (last.isBefore(first)) {
			throw new IllegalArgumentException("A day range ends on or after its first day");
		}
	}

	public long length() {
		return ChronoUnit.DAYS.between(this.first, this.last) + 1;
	}

	public List<LocalDate> days() {
		return this.first.datesUntil(this.last.plusDays(1)).toList();
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(this.first) && !day.isAfter(this.last);
	}

	public boolean overlaps(DayRange other) {
		return !this.first.isAfter(other.last) && !other.first.isAfter(this.last);
	}

}
