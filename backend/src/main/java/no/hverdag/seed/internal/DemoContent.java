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

	/**
	 * Absent optional parts mean: plain text, no Norwegian needed, for everyone, drop-in.
	 */
	record ActivityEntry(String organisation, String type, String title, String description, String format,
			java.util.Map<String, TextEntry> translations, ScheduleEntry schedule, PlaceEntry place,
			List<String> languages, boolean free, Integer priceNok, String level, String audience,
			List<String> accessibility, Integer capacity, Boolean signUpRequired, ContactEntry contact) {
	}

	record TextEntry(String title, String description) {
	}

	/**
	 * WEEKLY or BIWEEKLY on {@code days} (a biweekly one counts from {@code inDays} from
	 * today), or ONE_OFF {@code inDays} from today.
	 */
	record ScheduleEntry(String kind, List<String> days, Integer inDays, List<String> exceptions, String start,
			String end) {
	}

	record PlaceEntry(String name, String address, String municipality, String district, String buildingType,
			Double lat, Double lon) {
	}

	record ContactEntry(String name, String phone, String email) {
	}

	record LibraryEntry(String key, String name, String municipality, String address, Double lat, Double lon,
			List<String> staff, List<PersonEntry> peopleToBorrow) {
	}

	record PersonEntry(String firstName, List<String> topics, List<String> languages, List<String> slotTimes,
			List<String> days, int durationMinutes, int capacity) {
	}

}
