package no.hverdag.venues;

/**
 * A room of a venue. {@code instant}: a request that fits is booked at once, without the
 * owner.
 */
public record Room(String key, String name, int capacity, boolean instant) {

	/** The resource id the booking core claims time on: unique across venues. */
	public String resource(String venueId) {
		return "room:" + venueId + "/" + this.key;
	}

}
