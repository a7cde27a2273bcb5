package no.hverdag.statistics;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts per key while reading, mutable and for one reader only; {@link #counts()} hands
 * out a copy. Months and hours are Norwegian local time.
 */
public final class Tally {

	public static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM").withZone(NORWAY);

	private final Map<String, Long> counts = new LinkedHashMap<>();

	public Tally add(String key, long n) {
		if (key != null && !key.isBlank() && n > 0) {
			this.counts.merge(key, n, Long::sum);
		}
		return this;
	}

	public Tally add(String key) {
		return add(key, 1);
	}

	/**
	 * Counts one at the month (yyyy-MM, Norwegian time) of {@code at}, if there is one.
	 */
	public Tally addMonth(Instant at) {
		return at == null ? this : add(MONTH.format(at));
	}

	/** The month (yyyy-MM, Norwegian time) of an instant. */
	public static String monthOf(Instant at) {
		return MONTH.format(at);
	}

	/** Counts {@code n} at the hour of a local time written HH:mm. */
	public Tally addHour(String localTime, long n) {
		return localTime == null || localTime.length() < 2 ? this : add(localTime.substring(0, 2), n);
	}

	public Map<String, Long> counts() {
		return Map.copyOf(this.counts);
	}

}
