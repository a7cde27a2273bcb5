package no.hverdag.activities;

import java.util.List;

/** What an organisation fills in to post an activity. */
public record ActivityDraft(ActivityType type, String title, String description, Schedule schedule, Place place,
		List<String> languages, boolean free) {

	public ActivityDraft {
		languages = List.copyOf(languages);
	}

}
