package no.hverdag.activities.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An activity as stored. */
@Document("activities")
public record ActivityDocument(@Id String id, String organisationId, String organisationName, String type, String title,
		String description, ScheduleFields schedule, String placeName, String address, String municipality, Double lat,
		Double lon, List<String> languages, boolean free, Instant publishedAt) {

	/**
	 * A schedule as plain fields: its kind, and the date (one-off) or weekday (weekly)
	 * with times.
	 */
	public record ScheduleFields(String kind, String date, String dayOfWeek, String start, String end) {
	}

}
