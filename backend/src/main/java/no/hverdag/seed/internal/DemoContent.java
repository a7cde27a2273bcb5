package no.hverdag.seed.internal;

import java.util.List;

/** The shape of seed-data/demo.json. */
record DemoContent(List<User> users, List<CoordinatorOf> coordinators, List<OrganisationEntry> organisations,
		List<ActivityEntry> activities, List<LibraryEntry> libraries) {

	record User(String subject, String name) {
	}

	record CoordinatorOf(String subject, String municipality) {
	}

	record OrganisationEntry(String key, String name, String organisationNumber, String municipality,
			String contactName, String contactEmail, String contactPhone, String description, String status,
			List<String> members) {
	}

	record ActivityEntry(String organisation, String type, String title, String description, ScheduleEntry schedule,
			PlaceEntry place, List<String> languages, boolean free) {
	}

	record ScheduleEntry(String kind, String dayOfWeek, Integer inDays, String start, String end) {
	}

	record PlaceEntry(String name, String address, String municipality, Double lat, Double lon) {
	}

	record LibraryEntry(String key, String name, String municipality, String address, Double lat, Double lon,
			List<String> staff, List<PersonEntry> peopleToBorrow) {
	}

	record PersonEntry(String firstName, List<String> topics, List<String> languages, List<String> slotTimes,
			List<String> days, int durationMinutes, int capacity) {
	}

}
