package no.hverdag.buddies;

/**
 * How a pairing ended. After {@code FRIENDS} both are done with the programme; after
 * {@code DID_NOT_WORK} both go back to the pool with their old place in line.
 */
public enum Ending {

	FRIENDS, DID_NOT_WORK, ERASED

}
