package no.hverdag.equipment;

import no.hverdag.booking.BookingRules;

/**
 * A place that lends equipment, run by an organisation (BUA, a volunteer centre) whose
 * members are its staff; the municipality's coordinator may act for it too.
 */
public record LendingPoint(String id, String name, String municipality, String address, Double lat, Double lon,
		String ownerOrganisation, String openingHours, BookingRules rules) {

	public boolean staffedBy(Staff staff) {
		return staff.coordinates(this.municipality) || staff.memberOf(this.ownerOrganisation);
	}

}
