package no.hverdag.statistics;

/**
 * One count in a statistic, as it may be shown: a count from 1 to
 * {@value #MINIMUM_SHOWN}{@code - 1} is suppressed, as national statistics offices do, so
 * that no person can be picked out. Zero is shown: it says nothing about anyone.
 *
 * @param count the true count; never leaves the module except through {@link #shown()}
 */
public record Cell(long count) {

	/** The smallest count shown as a number. */
	public static final int MINIMUM_SHOWN = 5;

	public Cell {
		if (count < 0) {
			throw new IllegalArgumentException("a count is never negative: " + count);
		}
	}

	public boolean suppressed() {
		return this.count > 0 && this.count < MINIMUM_SHOWN;
	}

	/** The count to show, or {@code null} when it is suppressed. */
	public Long shown() {
		return suppressed() ? null : this.count;
	}

}
