package no.hverdag.resources;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A search for rooms and equipment. {@code municipality} (a number) or a point with a
 * radius narrows the area; {@code roomStart}/{@code roomEnd} ask for a room free for that
 * whole time; {@code firstDay}/{@code lastDay} the days equipment is wanted (today when
 * absent). Every part but the text may be null.
 */
public record ResourceQuery(String text, String municipality, Double lat, Double lon, Double radiusKm,
		LocalDateTime roomStart, LocalDateTime roomEnd, LocalDate firstDay, LocalDate lastDay, int limit) {

	public static final int DEFAULT_LIMIT = 6;

	public static final int MAX_LIMIT = 50;

	public ResourceQuery {
		text = text == null ? "" : text.strip();
		limit = Math.max(1, Math.min(MAX_LIMIT, limit));
		if (lat == null || lon == null) {
			lat = null;
			lon = null;
			radiusKm = null;
		}
	}

	public boolean asksRoomTime() {
		return this.roomStart != null && this.roomEnd != null;
	}

	/** Whether a place at this point (null when unknown) lies in the asked area. */
	public boolean inArea(String placeMunicipality, Double placeLat, Double placeLon) {
		if (this.lat != null && this.radiusKm != null) {
			Double km = distanceKm(placeLat, placeLon);
			return km != null && km <= this.radiusKm;
		}
		return this.municipality == null || this.municipality.equals(placeMunicipality);
	}

	/** Distance from the asked point, or null. */
	public Double distanceKm(Double placeLat, Double placeLon) {
		if (this.lat == null || placeLat == null || placeLon == null) {
			return null;
		}
		return org.apache.lucene.util.SloppyMath.haversinMeters(this.lat, this.lon, placeLat, placeLon) / 1000;
	}

}
