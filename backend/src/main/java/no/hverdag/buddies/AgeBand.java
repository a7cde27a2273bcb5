package no.hverdag.buddies;

/** An age band, not a birth date: matching needs no more. Programmes are for adults. */
public enum AgeBand {

	AGE_18_25, AGE_26_35, AGE_36_50, AGE_51_66, AGE_67_PLUS;

	/** How many bands apart two people are (0 = the same band). */
	public int distance(AgeBand other) {
		return Math.abs(ordinal() - other.ordinal());
	}

}
