package no.hverdag.venues;

import java.time.Instant;
import java.util.List;

import no.hverdag.booking.BookingStatus;
import no.hverdag.booking.Holder;
import no.hverdag.booking.Period;

/**
 * A request for a room: one period or the same period weekly, by a holder (for an
 * organisation, or themselves). Approved means its time is claimed in the booking core.
 * {@code lang}: the language the holder asked in, for the owner's decision message (null
 * for bookings made before it was kept: bokmål).
 */
public record RoomBooking(String id, String venueId, String roomKey, String resource, Holder holder,
		String organisation, String purpose, List<Period> periods, BookingStatus status, boolean instant, String reason,
		Instant requestedAt, Instant holdSince, String lang) {

	public RoomBooking {
		periods = List.copyOf(periods);
	}

	public Period first() {
		return this.periods.stream().sorted().findFirst().orElseThrow();
	}

}
