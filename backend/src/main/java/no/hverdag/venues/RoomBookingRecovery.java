package no.hverdag.venues;

import java.time.Clock;
import java.time.Duration;

import no.hverdag.booking.BookingStatus;
import no.hverdag.booking.ExclusiveTime;
import no.hverdag.venues.internal.VenueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * The idempotent recovery step for room bookings (ADR 0008): a booking whose
 * {@code holdSince} is older than a minute was left half-way by a crash. An approval or
 * an instant booking in {@code PENDING_HOLD} is rolled back (its claims released; the
 * request is open again, an instant one is removed); a cancelled booking gets its claims
 * released. Running it twice does nothing more. Called at start-up and every minute.
 */
@Service
public class RoomBookingRecovery {

	private static final Logger log = LoggerFactory.getLogger(RoomBookingRecovery.class);

	static final Duration GRACE = Duration.ofMinutes(1);

	private final VenueStore store;

	private final ExclusiveTime time;

	private final Clock clock;

	RoomBookingRecovery(VenueStore store, ExclusiveTime time, Clock clock) {
		this.store = store;
		this.time = time;
		this.clock = clock;
	}

	private Mono<Boolean> putRight(RoomBooking booking) {
		if (booking.status() == BookingStatus.PENDING_HOLD) {
			Mono<Boolean> undo = booking.instant() ? this.store.delete(booking.id()).thenReturn(true)
					: this.store.move(booking.id(), BookingStatus.PENDING_HOLD, BookingStatus.REQUESTED, null, null);
			return this.time.release(booking.id()).then(undo);
		}
		if (booking.status() == BookingStatus.CANCELLED || booking.status() == BookingStatus.DECLINED) {
			return this.time.release(booking.id()).then(this.store.clearHold(booking.id()));
		}
		return this.store.clearHold(booking.id());
	}

	/** Puts right every booking left half-way; returns how many. */
	public Mono<Long> recover() {
		return this.store.stuckSince(this.clock.instant().minus(GRACE))
			.concatMap(this::putRight)
			.count()
			.doOnNext(count -> {
				if (count > 0) {
					log.warn("Recovered {} room bookings left half-way", count);
				}
			});
	}

}
