package no.hverdag.signups;

/** Where a sign-up stands. */
public enum SignUpStatus {

	/** Has a place. */
	CONFIRMED,

	/** On the waiting list; promoted to {@link #CONFIRMED} when a place frees. */
	WAITING,

	/** Given up by the person; the place went to the next on the waiting list. */
	CANCELLED

}
