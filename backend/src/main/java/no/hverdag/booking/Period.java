package no.hverdag.booking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A stretch of local (Europe/Oslo) time on one day, starting and ending on a quarter
 * hour: what a room is booked for. Bookings that repeat weekly are a list of these.
 */
public record Period(LocalDateTime start, LocalDateTime end) implements Comparable<Period> {

	/** The granularity of exclusive time: claims are taken per quarter hour. */
	public static final int QUARTER = 15;

	public Period {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		if (!end.isAfter(start)) {
			throw new IllegalArgumentException("A period ends after it starts");
		}
	}

	public static Period of(LocalDate day, LocalTime from, LocalTime to) {
		return new Period(day.atTime(from), day.atTime(to));
	}

	public LocalDate day() {
		return this.start.toLocalDate();
	}

	public DayOfWeek weekday() {
		return this.start.getDayOfWeek();
	}

	public boolean onQuarterHours() {
		return onQuarter(this.start) && onQuarter(this.end);
	}

	public boolean withinOneDay() {
		return this.end.toLocalDate().equals(this.start.toLocalDate())
				|| (this.end.toLocalTime().equals(LocalTime.MIDNIGHT)
						&& this.end.toLocalDate().equals(this.start.toLocalDate().plusDays(1)));
	}

	public boolean overlaps(Period other) {
		return this.start.isBefore(other.end) && other.start.isBefore(this.end);
	}

	public long minutes() {
		return java.time.Duration.between(this.start, this.end).toMinutes();
	}

	/** The start of every quarter hour this period covers, in time order. */
	public List<LocalDateTime> quarterHours() {
		List<LocalDateTime> quarters = new ArrayList<>();
		for (LocalDateTime q = this.start; q.isBefore(this.end); q = q.plusMinutes(QUARTER)) {
			quarters.add(q);
		}
		return quarters;
	}

	/**
	 * This period and the same time in each of the following weeks: {@code weeks} in all.
	 */
	public List<Period> weekly(int weeks) {
		List<Period> periods = new ArrayList<>(weeks);
		for (int week = 0; week < weeks; week++) {
			periods.add(new Period(this.start.plusWeeks(week), this.end.plusWeeks(week)));
		}
		return periods;
	}

	@Override
	public int compareTo(Period other) {
		int byStart = this.start.compareTo(other.start);
		return byStart != 0 ? byStart : this.end.compareTo(other.end);
	}

	private static boolean onQuarter(LocalDateTime time) {
		return time.getMinute() % QUARTER == 0 && time.getSecond() == 0 && time.getNano() == 0;
	}

}
