package no.hverdag.buddies;

/** Which side of a pairing someone enrols on. */
public enum Side {

	NEWCOMER, LOCAL

}
