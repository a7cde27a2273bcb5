package no.hverdag.resources;

import java.time.LocalDate;
import java.util.List;

/**
 * One room or kind of item found. {@code labels} and {@code reasons} are message keys
 * (with their argument in {@code reasonArgs} where a reason needs one) so pages and the
 * API say them in the reader's language. For equipment {@code free} is how many can be
 * promised for the asked days (of {@code total}); for a room {@code freeThen} is
 * {@code true} when it was checked free for the asked time, {@code null} when no time was
 * asked. {@code link} leads to the page where it is booked or reserved.
 */
public record ResourceHit(Kind kind, String id, String name, String detail, String placeName, String municipality,
		Double lat, Double lon, Double distanceKm, List<String> labels, List<Size> sizes, Integer free, Integer total,
		LocalDate firstDay, LocalDate lastDay, Boolean freeThen, String link, List<Reason> reasons, double score) {

	public ResourceHit {
		labels = labels == null ? List.of() : List.copyOf(labels);
		sizes = sizes == null ? List.of() : List.copyOf(sizes);
		reasons = reasons == null ? List.of() : List.copyOf(reasons);
	}

	/** One size of an item and how many of it are free (of how many). */
	public record Size(String size, int free, int total) {
	}

	/** What was found. */
	public enum Kind {

		ROOM, EQUIPMENT

	}

	/** Why it was suggested: a message key and its arguments' message keys. */
	public record Reason(String key, List<String> argumentKeys) {

		public Reason {
			argumentKeys = List.copyOf(argumentKeys);
		}

	}

	public ResourceHit withScore(double newScore) {
		return new ResourceHit(this.kind, this.id, this.name, this.detail, this.placeName, this.municipality, this.lat,
				this.lon, this.distanceKm, this.labels, this.sizes, this.free, this.total, this.firstDay, this.lastDay,
				this.freeThen, this.link, this.reasons, newScore);
	}

}
