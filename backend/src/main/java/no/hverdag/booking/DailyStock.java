package no.hverdag.booking;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

import reactor.core.publisher.Mono;

/**
 * Counted stock per day: a kind of equipment is never promised more often on any day than
 * it exists. One document per kind and day keeps the free count and the holders that took
 * from it; taking is one conditional update ({@code free >= n}, this holder not yet
 * there), giving back is the reverse, so both are atomic and idempotent (ADR 0008).
 */
public interface DailyStock {

	/**
	 * Takes {@code count} for each day of the range, day by day in order; on the first
	 * day without enough left, gives back what it took.
	 * @param stock the number that exist, used for a day nobody has reserved yet
	 * @return true if every day was taken
	 */
	Mono<Boolean> take(String kind, int stock, String holderId, int count, DayRange days);

	/** Gives back everything the holder took of this kind; idempotent. */
	Mono<Void> giveBack(String kind, String holderId);

	/** Gives back the holder's days from {@code from} on (returned early); idempotent. */
	Mono<Void> giveBackFrom(String kind, String holderId, LocalDate from);

	/**
	 * Lowers (or raises) the stock from a day on: lost or broken items, new ones bought.
	 * Applied at most once per {@code adjustmentId} to each day, so recovery may repeat
	 * it. Days not yet touched need nothing: they start from the item's current stock.
	 */
	Mono<Void> changeStock(String kind, LocalDate from, int delta, String adjustmentId);

	/** Free count per day for the range (days nobody touched are absent: all free). */
	Mono<Map<LocalDate, Integer>> freeOn(String kind, DayRange days);

	/**
	 * Free count per kind and day for the range, for many kinds in one read (search
	 * results); kinds and days nobody touched are absent: all free.
	 */
	Mono<Map<String, Map<LocalDate, Integer>>> freeOn(Collection<String> kinds, DayRange days);

}
