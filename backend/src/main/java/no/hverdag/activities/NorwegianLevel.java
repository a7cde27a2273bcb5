package no.hverdag.activities;

/**
 * How much Norwegian an activity needs, on the CEFR scale the introduction programme
 * uses: {@code NONE} is no Norwegian needed. A newcomer at a level fits every activity
 * needing that level or less.
 */
public enum NorwegianLevel {

	NONE, A1, A2, B1, B2, C1;

	/**
	 * Whether someone at this level can take part in an activity needing {@code needed}.
	 */
	public boolean suffices(NorwegianLevel needed) {
		return needed == null || compareTo(needed) >= 0;
	}

}
