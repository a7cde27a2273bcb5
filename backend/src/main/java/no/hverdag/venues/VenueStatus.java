package no.hverdag.venues;

/** A venue is listed only once the municipality's coordinator approved it. */
public enum VenueStatus {

	PENDING, APPROVED, DECLINED

}
