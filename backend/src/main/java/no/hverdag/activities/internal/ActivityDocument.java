package no.hverdag.activities.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An activity as stored; the schedule is flattened (kind + the fields of that kind). */
@Document("activities")
public record ActivityDocument(@Id String id, String organisationId, String organisationName, String type,
		String title, String description, String scheduleKind, String date, String dayOfWeek, String start,
		String end, String placeName, String address, String municipality, Double lat, Double lon,
		List<String> languages, boolean free, Instant publishedAt) {
}
