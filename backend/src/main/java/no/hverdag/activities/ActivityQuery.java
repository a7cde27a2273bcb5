package no.hverdag.activities;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * A newcomer's search: free text and optional filters; every part may be absent. People
 * in the introduction programme come after their working day: {@code startsAfter} 16:00
 * finds what fits. {@code level} is the searcher's own Norwegian: activities needing more
 * drop out. {@code weekdays} keeps what happens on any of them. {@code from}/{@code to}
 * keep activities that happen on a day between them; without them, anything still to
 * come. {@code page} counts from 0.
 */
public record ActivityQuery(String text, String municipality, GeoPoint near, Double radiusKm, ActivityType type,
		String language, NorwegianLevel level, Audience audience, Boolean free, Set<DayOfWeek> weekdays,
		LocalTime startsAfter, LocalTime endsBefore, LocalDate from, LocalDate to, Set<Accessibility> accessibility,
		Sort sort, int page, int size) {

	/** How results are ordered; relevance only means something with text. */
	public enum Sort {

		RELEVANCE, DATE, DISTANCE

	}

	/** A point on the map, in degrees. */
	public record GeoPoint(double lat, double lon) {

		private static final double EARTH_RADIUS_KM = 6371.0088;

		public GeoPoint {
			if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
				throw new IllegalArgumentException("Not a point on Earth");
			}
		}

		/** "lat,lon" in degrees, as the API and pages take it. */
		public static GeoPoint parse(String text) {
			String[] parts = text.split(",");
			if (parts.length != 2) {
				throw new IllegalArgumentException("Not lat,lon");
			}
			try {
				return new GeoPoint(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()));
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("Not lat,lon", ex);
			}
		}

		/** Great-circle distance to a place, or null when the place has no point. */
		public Double distanceKm(Place place) {
			if (place == null || !place.hasPoint()) {
				return null;
			}
			double dLat = Math.toRadians(place.lat() - this.lat);
			double dLon = Math.toRadians(place.lon() - this.lon);
			double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(this.lat))
					* Math.cos(Math.toRadians(place.lat())) * Math.pow(Math.sin(dLon / 2), 2);
			return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a));
		}

	}

	/**
	 * Longer queries are cut: nobody types more, and each word costs the search a clause.
	 */
	public static final int MAX_TEXT_LENGTH = 200;

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	/** Matching reads more than a page: this many candidates at most. */
	public static final int MAX_CANDIDATES = 500;

	/** Deep pages cost the index; nobody reads past the 50th page of 20. */
	public static final int MAX_PAGE = 50;

	public static final double MAX_RADIUS_KM = 500;

	public ActivityQuery {
		text = text == null ? null : text.strip();
		if (text != null && text.length() > MAX_TEXT_LENGTH) {
			text = text.substring(0, MAX_TEXT_LENGTH);
		}
		accessibility = accessibility == null || accessibility.isEmpty() ? Set.of()
				: Set.copyOf(EnumSet.copyOf(accessibility));
		if (sort == null) {
			sort = text != null && !text.isBlank() ? Sort.RELEVANCE : near != null ? Sort.DISTANCE : Sort.DATE;
		}
		if (radiusKm != null && (radiusKm <= 0 || radiusKm > MAX_RADIUS_KM)) {
			throw new IllegalArgumentException("radiusKm");
		}
		if (sort == Sort.DISTANCE && near == null) {
			throw new IllegalArgumentException("sort");
		}
		if (page < 0 || page > MAX_PAGE) {
			throw new IllegalArgumentException("page");
		}
		weekdays = weekdays == null || weekdays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(weekdays));
		if (size < 1 || size > MAX_CANDIDATES) {
			throw new IllegalArgumentException("size");
		}
		if (from != null && to != null && to.isBefore(from)) {
			throw new IllegalArgumentException("to");
		}
	}

	/** Everything still to come, soonest first. */
	public static ActivityQuery all() {
		return builder().build();
	}

	public static Builder builder() {
		return new Builder();
	}

	public boolean hasText() {
		return this.text != null && !this.text.isBlank();
	}

	/** The same search with other filters or another page. */
	public Builder toBuilder() {
		Builder b = new Builder();
		b.text = this.text;
		b.municipality = this.municipality;
		b.near = this.near;
		b.radiusKm = this.radiusKm;
		b.type = this.type;
		b.language = this.language;
		b.level = this.level;
		b.audience = this.audience;
		b.free = this.free;
		b.weekdays = this.weekdays;
		b.startsAfter = this.startsAfter;
		b.endsBefore = this.endsBefore;
		b.from = this.from;
		b.to = this.to;
		b.accessibility = this.accessibility;
		b.sort = this.sort;
		b.page = this.page;
		b.size = this.size;
		return b;
	}

	/**
	 * Builds a query; the constructor checks it (IllegalArgumentException names the
	 * part).
	 */
	public static final class Builder {

		private String text;

		private String municipality;

		private GeoPoint near;

		private Double radiusKm;

		private ActivityType type;

		private String language;

		private NorwegianLevel level;

		private Audience audience;

		private Boolean free;

		private Set<DayOfWeek> weekdays = Set.of();

		private LocalTime startsAfter;

		private LocalTime endsBefore;

		private LocalDate from;

		private LocalDate to;

		private Set<Accessibility> accessibility = Set.of();

		private Sort sort;

		private int page;

		private int size = DEFAULT_SIZE;

		public Builder text(String text) {
			this.text = text;
			return this;
		}

		public Builder municipality(String municipality) {
			this.municipality = municipality;
			return this;
		}

		public Builder near(GeoPoint near, Double radiusKm) {
			this.near = near;
			this.radiusKm = radiusKm;
			return this;
		}

		public Builder type(ActivityType type) {
			this.type = type;
			return this;
		}

		public Builder language(String language) {
			this.language = language;
			return this;
		}

		public Builder level(NorwegianLevel level) {
			this.level = level;
			return this;
		}

		public Builder audience(Audience audience) {
			this.audience = audience;
			return this;
		}

		public Builder free(Boolean free) {
			this.free = free;
			return this;
		}

		public Builder weekday(DayOfWeek weekday) {
			this.weekdays = weekday == null ? Set.of() : Set.of(weekday);
			return this;
		}

		public Builder weekdays(Set<DayOfWeek> weekdays) {
			this.weekdays = weekdays;
			return this;
		}

		public Builder startsAfter(LocalTime startsAfter) {
			this.startsAfter = startsAfter;
			return this;
		}

		public Builder endsBefore(LocalTime endsBefore) {
			this.endsBefore = endsBefore;
			return this;
		}

		public Builder between(LocalDate from, LocalDate to) {
			this.from = from;
			this.to = to;
			return this;
		}

		public Builder accessibility(Set<Accessibility> accessibility) {
			this.accessibility = accessibility;
			return this;
		}

		public Builder sort(Sort sort) {
			this.sort = sort;
			return this;
		}

		public Builder page(int page, int size) {
			this.page = page;
			this.size = size;
			return this;
		}

		public ActivityQuery build() {
			return new ActivityQuery(this.text, this.municipality, this.near, this.radiusKm, this.type, this.language,
					this.level, this.audience, this.free, this.weekdays, this.startsAfter, this.endsBefore, this.from,
					this.to, this.accessibility, this.sort, this.page, this.size);
		}

	}

}
