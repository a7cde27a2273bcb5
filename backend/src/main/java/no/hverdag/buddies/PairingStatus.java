package no.hverdag.buddies;

/** Where a pairing stands; derived from the answers, the deadline and the ending. */
public enum PairingStatus {

	/** Waiting for both answers. */
	PROPOSED,
	/** Both said yes: each sees the other's first name and contact point. */
	ACTIVE,
	/** One said no; the other is not told who. */
	DECLINED,
	/** Not both answered in time. */
	EXPIRED,
	/** Ended by one of them. */
	ENDED

}
