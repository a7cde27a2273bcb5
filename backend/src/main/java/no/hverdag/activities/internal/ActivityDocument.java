package no.hverdag.activities.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An activity as stored. {@code state} is absent on listings written before it existed:
 * they are published. {@code cancelledDates} are occurrences the organisation cancelled.
 */
@Document("activities")
public record ActivityDocument(@Id String id, String organisationId, String organisationName, String type,
		String originalLanguage, Map<String, TextFields> texts, String format, ScheduleFields schedule,
		PlaceFields place, List<String> languages, String level, String audience, boolean free, Integer priceNok,
		List<String> accessibility, Integer capacity, boolean signUpRequired, ContactFields contact,
		Instant publishedAt, List<String> topics, List<String> cancelledDates, String state, Instant publishAt,
		String unpublishReason) {

	/** One language version of title and description. */
	public record TextFields(String title, String description) {
	}

	/**
	 * A schedule as plain fields: its kind (ONE_OFF or RECURRING), the date of a one-off,
	 * or the weekdays, interval, first and last date and exceptions of a recurring one;
	 * times are HH:mm.
	 */
	public record ScheduleFields(String kind, String date, List<String> days, Integer everyWeeks, String firstDate,
			String lastDate, List<String> exceptions, String start, String end) {
	}

	public record PlaceFields(String name, String address, String municipality, String district, String buildingType,
			Double lat, Double lon) {
	}

	public record ContactFields(String name, String phone, String email) {
	}

}
