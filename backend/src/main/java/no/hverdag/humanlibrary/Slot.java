package no.hverdag.humanlibrary;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import no.hverdag.booking.Admission;
import no.hverdag.booking.Period;

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
	 * The time the slot holds, for the booking core's claims: a slot running past
	 * midnight holds up to midnight (sessions are within a day).
	 */
	public Period period() {
		LocalDateTime end = endsAt();
		LocalDateTime midnight = this.day.plusDays(1).atStartOfDay();
		return new Period(startsAt(), end.isAfter(midnight) ? midnight : end);
	}

	/**
	 * Whether a person may book this slot now, decided here in plain Java: not a
	 * cancelled or past slot, and not someone who missed
	 * {@code noShowsBeforeConfirmation} sessions until staff confirm them. Room left and
	 * no overlap are decided by the database's atomic writes when the place is taken.
	 */
	public Admission admit(LocalDateTime now, int noShows, int noShowsBeforeConfirmation) {
		if (this.cancelled) {
			return Admission.refused("slotId", "error.slot.cancelled");
		}
		if (startsAt().isBefore(now)) {
			return Admission.refused("slotId", "error.slot.past");
		}
		if (noShows >= noShowsBeforeConfirmation) {
			return Admission.refused("contact", "error.booking.needsStaff");
		}
		return Admission.ADMITTED;
	}

	/**
	 * A slot's id says whose and when, so planning the same slot twice lands on the same
	 * document.
	 */
	public static String idFor(String personId, LocalDate day, LocalTime start) {
		return personId + "@" + day + "T" + start;
	}

}
