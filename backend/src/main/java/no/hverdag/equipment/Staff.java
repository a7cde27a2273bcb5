package no.hverdag.equipment;

import java.util.Set;

/** What an actor may do at lending points, as plain values. */
public record Staff(boolean platformAdmin, Set<String> coordinated, Set<String> organisations) {

	public Staff {
		coordinated = Set.copyOf(coordinated);
		organisations = Set.copyOf(organisations);
	}

	public boolean coordinates(String municipality) {
		return this.platformAdmin || this.coordinated.contains(municipality);
	}

	public boolean memberOf(String organisation) {
		return organisation != null && this.organisations.contains(organisation);
	}

}
