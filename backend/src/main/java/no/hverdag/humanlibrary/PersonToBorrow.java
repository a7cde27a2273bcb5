package no.hverdag.humanlibrary;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * A local who can be "borrowed" at a library: only a first name, the topics they talk
 * about, the languages they speak, and when they are there (weekdays and start times).
 */
public record PersonToBorrow(String id, String libraryId, String firstName, List<String> topics, List<String> languages,
		Set<DayOfWeek> days, List<LocalTime> slotTimes, int durationMinutes, int capacity) {

	public PersonToBorrow {
		topics = List.copyOf(topics);
		languages = List.copyOf(languages);
		days = Set.copyOf(days);
		slotTimes = List.copyOf(slotTimes);
		if (capacity < 1) {
			throw new IllegalArgumentException("A slot holds at least one person");
		}
	}

}
