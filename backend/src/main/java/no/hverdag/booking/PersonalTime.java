package no.hverdag.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import reactor.core.publisher.Mono;

/**
 * A person's own time: one person (a contact point) never holds two overlapping bookings,
 * however many resources they book (a person to borrow's slots today). The same
 * quarter-hour claims as {@link ExclusiveTime}, with the person as the resource: one
 * claim per person and quarter hour, unique by id, taken in time order, and released by
 * the holder (a booking reference) when it loses, is cancelled or moves (ADR 0006, ADR
 * 0008). Claims name the person, so they are personal data: erased with the person and
 * forgotten after the retention period.
 */
public interface PersonalTime {

	/**
	 * Claims every quarter hour of the periods for the holder. Quarter hours this holder
	 * already has count as claimed, so the call may be repeated.
	 * @return true if all were claimed; false if another holder had one (nothing of this
	 * holder's is left claimed)
	 */
	Mono<Boolean> claim(String person, String holderId, List<Period> periods);

	/** Releases every claim of this holder; idempotent. */
	Mono<Void> release(String holderId);

	/**
	 * Releases this holder's claims of these periods of this person; idempotent. Looks
	 * the claims up by id, where {@link #release(String)} must search by holder (the
	 * embedded store scans for that: docs/performance.md), so it is the one for a hot
	 * path that knows what it claimed.
	 */
	default Mono<Void> release(String person, String holderId, List<Period> periods) {
		return releaseMoved(person, holderId, periods, List.of());
	}

	/**
	 * Releases the holder's quarter hours of {@code from} that {@code to} does not cover:
	 * what a booking moved from {@code from} to {@code to} no longer needs. Idempotent.
	 */
	Mono<Void> releaseMoved(String person, String holderId, List<Period> from, List<Period> to);

	/** Erases every claim of this person (erasure). */
	Mono<Void> forget(String person);

	/** Forgets the claims of days before {@code day} (retention); how many went. */
	Mono<Long> forgetBefore(LocalDate day);

	/**
	 * Releases claims whose holder no longer holds a booking: left by a booking that
	 * stopped between claiming and taking its place, or a cancel that stopped between
	 * giving the place back and releasing. Only claims of {@code from} on made before
	 * {@code claimedBefore} (younger ones may belong to a booking in flight).
	 * @param stillHolding of the holders given, those whose booking exists
	 * @return how many claims were released
	 */
	Mono<Long> releaseUnheld(LocalDate from, Instant claimedBefore,
			Function<Set<String>, Mono<Set<String>>> stillHolding);

}
