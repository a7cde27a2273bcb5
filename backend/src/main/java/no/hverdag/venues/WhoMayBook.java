package no.hverdag.venues;

/** Who a venue's owner lets book its rooms. */
public enum WhoMayBook {

	/** Members booking for an approved organisation. */
	APPROVED_ORGANISATIONS,
	/** Anyone signed in, for themselves or a group. */
	ANYONE_SIGNED_IN,
	/**
	 * Only members booking for one of the approved organisations the owner names (e.g.
	 * newcomer associations): {@link Venue#groups()}.
	 */
	GROUPS

}
