package no.hverdag.buddies;

/**
 * Where someone lives, as precisely as they choose: the municipality (required), a
 * district, or a point with how far they will go. Coordinates are rounded on enrolment to
 * about 100 m; nobody's address is kept.
 */
public record Place(String municipality, String district, Double latitude, Double longitude, Double maxKm) {

	public static final double DEFAULT_MAX_KM = 10;

	public Place {
		district = district == null || district.isBlank() ? null : district.strip();
		if (latitude != null && longitude != null) {
			latitude = Math.round(latitude * 1000) / 1000.0;
			longitude = Math.round(longitude * 1000) / 1000.0;
			maxKm = maxKm == null ? DEFAULT_MAX_KM : maxKm;
		}
		else {
			latitude = null;
			longitude = null;
		}
	}

	public boolean hasPoint() {
		return this.latitude != null;
	}

	/**
	 * Great-circle distance in kilometres (Lucene's haversine), when both have a point.
	 */
	public Double kilometresTo(Place other) {
		if (!hasPoint() || !other.hasPoint()) {
			return null;
		}
		return org.apache.lucene.util.SloppyMath.haversinMeters(this.latitude, this.longitude, other.latitude,
				other.longitude) / 1000.0;
	}

	public boolean sameDistrict(Place other) {
		return this.district != null && this.district.equalsIgnoreCase(other.district);
	}

}
