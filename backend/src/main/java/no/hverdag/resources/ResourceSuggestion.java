package no.hverdag.resources;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

/**
 * What "for you" asks: the area, the first day looked at (its month is the season), the
 * groups the person belongs to, whether they look for a room for a group, and, when they
 * said when they are free, the first such time a room should be free.
 */
public record ResourceSuggestion(String municipality, Double lat, Double lon, Double radiusKm, LocalDate day,
		Set<Group> groups, boolean roomsForGroups, LocalDateTime roomStart, LocalDateTime roomEnd, int limit) {

	public ResourceSuggestion {
		groups = groups == null ? Set.of() : Set.copyOf(groups);
	}

	/** The same area as a query without words (for the area and distance checks). */
	public ResourceQuery area() {
		return new ResourceQuery("", this.municipality, this.lat, this.lon, this.radiusKm, this.roomStart, this.roomEnd,
				this.day, this.day, this.limit);
	}

}
