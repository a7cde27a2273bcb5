package no.hverdag.equipment;

import java.time.Instant;
import java.time.LocalDate;

import no.hverdag.booking.BookingStatus;
import no.hverdag.booking.DayRange;
import no.hverdag.booking.Holder;

/**
 * A reservation or loan of {@code count} items of one kind for whole days. Status:
 * {@code APPROVED} reserved, {@code OUT} picked up, {@code RETURNED}, {@code CANCELLED},
 * {@code LOST} (lost or broken: left the stock). {@code holdSince} is set while a
 * multi-step change is under way (ADR 0008).
 */
public record Loan(String id, String pointId, String itemId, Holder holder, int count, DayRange days,
		BookingStatus status, boolean walkIn, Instant createdAt, Instant holdSince, Instant remindedAt, String note) {

	public boolean overdueOn(LocalDate today) {
		return this.status == BookingStatus.OUT && this.days.last().isBefore(today);
	}

}
