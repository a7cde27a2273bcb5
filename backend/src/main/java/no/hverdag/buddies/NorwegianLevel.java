package no.hverdag.buddies;

/** How much Norwegian someone speaks, as they say themselves. */
public enum NorwegianLevel {

	NONE, BEGINNER, CONVERSATIONAL, FLUENT;

	/** Enough to spend an afternoon together in Norwegian without a shared language. */
	public boolean enoughForConversation() {
		return compareTo(CONVERSATIONAL) >= 0;
	}

}
