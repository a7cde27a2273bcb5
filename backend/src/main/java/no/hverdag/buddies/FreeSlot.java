package no.hverdag.buddies;

import java.time.DayOfWeek;
import java.util.Objects;
import java.util.Optional;

/**
 * A weekday and a part of it, e.g. Thursday evening; written {@code THURSDAY_EVENING}.
 */
public record FreeSlot(DayOfWeek day, DayPart part) implements Comparable<FreeSlot> {

	public FreeSlot {
		Objects.requireNonNull(day, "day");
		Objects.requireNonNull(part, "part");
	}

	public String code() {
		return this.day.name() + "_" + this.part.name();
	}

	public static Optional<FreeSlot> parse(String code) {
		if (code == null) {
			return Optional.empty();
		}
		int cut = code.indexOf('_');
		if (cut < 0) {
			return Optional.empty();
		}
		try {
			return Optional
				.of(new FreeSlot(DayOfWeek.valueOf(code.substring(0, cut)), DayPart.valueOf(code.substring(cut + 1))));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	@Override
	public int compareTo(FreeSlot other) {
		int byDay = this.day.compareTo(other.day);
		return byDay != 0 ? byDay : this.part.compareTo(other.part);
	}

}
