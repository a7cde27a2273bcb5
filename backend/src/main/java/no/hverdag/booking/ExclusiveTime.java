package no.hverdag.booking;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import reactor.core.publisher.Mono;

/**
 * Time on a resource that only one holder can have: a room's approved bookings never
 * overlap. One claim document per resource and quarter hour, its id derived from both, so
 * the unique {@code _id} index refuses the second holder under any concurrency. Claims
 * are taken in time order and the first refusal releases what this holder took, so of two
 * racing holders one wins and the other leaves nothing behind (ADR 0006, ADR 0008).
 */
public interface ExclusiveTime {

	/**
	 * Claims every quarter hour of the periods for the holder.
	 * @return true if all were claimed; false if another holder had one (nothing of this
	 * holder's is left claimed)
	 */
	Mono<Boolean> claim(String resource, String holderId, List<Period> periods);

	/** Releases every claim of this holder; idempotent, so recovery may call it again. */
	Mono<Void> release(String holderId);

	/** The holder ids with a claim on the resource between two times (for week views). */
	Mono<List<String>> holdersBetween(String resource, Period window);

	/**
	 * Of these resources, those with any claim between two times: one read for a whole
	 * search's rooms ("free on Tuesday evening").
	 */
	Mono<Set<String>> takenBetween(Collection<String> resources, Period window);

}
