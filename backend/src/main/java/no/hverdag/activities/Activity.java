package no.hverdag.activities;

import java.time.Instant;
import java.util.List;

/**
 * A published activity, public to everyone. Languages are ISO 639-1 codes of languages
 * spoken there.
 */
public record Activity(String id, String organisationId, String organisationName, ActivityType type, String title,
		String description, Schedule schedule, Place place, List<String> languages, boolean free, Instant publishedAt) {

	public Activity {
		languages = List.copyOf(languages);
	}

}
