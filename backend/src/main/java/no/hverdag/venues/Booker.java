package no.hverdag.venues;

import java.util.Set;

/**
 * What the person asking may do, as plain values the rules can read: the municipalities
 * they coordinate, their organisations, and whether they book for an approved one
 * ({@code bookingFor}: which, when they are its member).
 */
public record Booker(boolean platformAdmin, Set<String> coordinated, Set<String> organisations,
		boolean forApprovedOrganisation, String bookingFor) {

	public Booker {
		coordinated = Set.copyOf(coordinated);
		organisations = Set.copyOf(organisations);
	}

	/** Without naming the organisation they book for. */
	public Booker(boolean platformAdmin, Set<String> coordinated, Set<String> organisations,
			boolean forApprovedOrganisation) {
		this(platformAdmin, coordinated, organisations, forApprovedOrganisation, null);
	}

	public boolean coordinates(String municipality) {
		return this.platformAdmin || this.coordinated.contains(municipality);
	}

	public boolean memberOf(String organisation) {
		return this.organisations.contains(organisation);
	}

}
