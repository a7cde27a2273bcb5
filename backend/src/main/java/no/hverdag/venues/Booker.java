package no.hverdag.venues;

import java.util.Set;

/**
 * What the person asking may do, as plain values the rules can read: the municipalities
 * they coordinate, their organisations, and whether they book for an approved one.
 */
public record Booker(boolean platformAdmin, Set<String> coordinated, Set<String> organisations,
		boolean forApprovedOrganisation) {

	public Booker {
		coordinated = Set.copyOf(coordinated);
		organisations = Set.copyOf(organisations);
	}

	public boolean coordinates(String municipality) {
		return this.platformAdmin || this.coordinated.contains(municipality);
	}

	public boolean memberOf(String organisation) {
		return this.organisations.contains(organisation);
	}

}
