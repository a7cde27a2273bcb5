package no.hverdag.booking;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules a resource sets for requests, decided here in plain Java so every booking
 * feature refuses the same things with the same reasons: nothing in the past, not earlier
 * or later than the reserve window, not longer than allowed, not more than exists.
 *
 * @param minDaysAhead the first day may be no sooner than this many days from today (0:
 * today)
 * @param maxDaysAhead the first day may be no later than this many days from today
 * @param maxDays the longest loan in days (equipment)
 * @param maxMinutes the longest single period in minutes (rooms)
 * @param maxWeeks the most weeks a weekly booking may repeat (rooms)
 */
public record BookingRules(int minDaysAhead, int maxDaysAhead, int maxDays, int maxMinutes, int maxWeeks) {

	/** Rooms: from now to half a year ahead, up to 8 hours, up to 40 weeks. */
	public static final BookingRules ROOMS = new BookingRules(0, 183, 1, 8 * 60, 40);

	/**
	 * A lending point's default: reserve from today up to 14 days ahead, loans up to 7
	 * days.
	 */
	public static final BookingRules EQUIPMENT = new BookingRules(0, 14, 7, 0, 0);

	public BookingRules {
		if (minDaysAhead < 0 || maxDaysAhead < minDaysAhead) {
			throw new IllegalArgumentException("A reserve window runs forwards from today");
		}
	}

	/** A request for time: one period or the same period weekly. */
	public Admission admitTimes(List<Period> periods, LocalDateTime now) {
		List<Admission.Refusal> reasons = new ArrayList<>();
		if (periods.isEmpty()) {
			return Admission.refused("start", "booking.error.noPeriod");
		}
		if (periods.size() > Math.max(1, this.maxWeeks)) {
			reasons.add(new Admission.Refusal("weeks", "booking.error.tooManyWeeks"));
		}
		Period first = periods.stream().sorted().findFirst().orElseThrow();
		for (Period period : periods) {
			if (!period.onQuarterHours() || !period.withinOneDay()) {
				reasons.add(new Admission.Refusal("start", "booking.error.quarterHours"));
				break;
			}
			if (this.maxMinutes > 0 && period.minutes() > this.maxMinutes) {
				reasons.add(new Admission.Refusal("end", "booking.error.tooLong"));
				break;
			}
		}
		if (first.start().isBefore(now)) {
			reasons.add(new Admission.Refusal("date", "booking.error.past"));
		}
		else {
			window(first.day(), now.toLocalDate(), reasons);
		}
		List<Period> sorted = periods.stream().sorted().toList();
		for (int i = 1; i < sorted.size(); i++) {
			if (sorted.get(i - 1).overlaps(sorted.get(i))) {
				reasons.add(new Admission.Refusal("start", "booking.error.selfOverlap"));
				break;
			}
		}
		return reasons.isEmpty() ? Admission.ADMITTED : new Admission.Refused(reasons);
	}

	/** A request for {@code count} items of a kind of which {@code stock} exist. */
	public Admission admitDays(DayRange days, int count, int stock, LocalDate today) {
		List<Admission.Refusal> reasons = new ArrayList<>();
		if (count < 1) {
			reasons.add(new Admission.Refusal("count", "booking.error.count"));
		}
		else if (count > stock) {
			reasons.add(new Admission.Refusal("count", "booking.error.moreThanExist"));
		}
		if (days.first().isBefore(today)) {
			reasons.add(new Admission.Refusal("first", "booking.error.past"));
		}
		else {
			window(days.first(), today, reasons);
		}
		if (days.length() > this.maxDays) {
			reasons.add(new Admission.Refusal("last", "booking.error.tooLong"));
		}
		return reasons.isEmpty() ? Admission.ADMITTED : new Admission.Refused(reasons);
	}

	private void window(LocalDate first, LocalDate today, List<Admission.Refusal> reasons) {
		if (first.isBefore(today.plusDays(this.minDaysAhead))) {
			reasons.add(new Admission.Refusal("first", "booking.error.tooSoon"));
		}
		else if (first.isAfter(today.plusDays(this.maxDaysAhead))) {
			reasons.add(new Admission.Refusal("first", "booking.error.tooFarAhead"));
		}
	}

}
