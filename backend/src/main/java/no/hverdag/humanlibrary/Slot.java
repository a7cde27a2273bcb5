package no.hverdag.humanlibrary;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * One sitting with a person to borrow, with room for {@code capacity} people,
 * {@code remaining} of it still free.
 */
public record Slot(String id, String libraryId, String personId, String personFirstName, List<String> topics,
		List<String> languages, LocalDate day, LocalTime start, int durationMinutes, int capacity, int remaining,
		String room, boolean cancelled) {

	public Slot {
		topics = List.copyOf(topics);
		languages = List.copyOf(languages);
	}

	public boolean free() {
		return this.remaining > 0 && !this.cancelled;
	}

	public LocalTime end() {
		return this.start.plusMinutes(this.durationMinutes);
	}

	public LocalDateTime endsAt() {
		return startsAt().plusMinutes(this.durationMinutes);
	}

	public LocalDateTime startsAt() {
		return LocalDateTime.of(this.day, this.start);
	}

	/**
	 * A slot's id says whose and when, so planning the same slot twice lands on the same
	 * document.
	 */
	public static String idFor(String personId, LocalDate day, LocalTime start) {
		return personId + "@" + day + "T" + start;
	}

}
