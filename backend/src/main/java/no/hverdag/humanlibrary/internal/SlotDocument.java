package no.hverdag.humanlibrary.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A slot with its bookings inside: one document, so "take a place if one is left" is a
 * single atomic update ({@code remaining > 0} → decrement and push the booking).
 * <p>
 * Contact details do not stay forever: {@link BookingRetention} empties {@code bookings}
 * of slots long past and adds how many there were to {@code anonymousBookings}. A slot's
 * places taken are always {@code capacity - remaining}; {@code bookings} holds only those
 * still carrying a name and contact point. Documents written before the field existed
 * read it as 0, and a missing {@code bookings} reads as none.
 */
@Document("slots")
public record SlotDocument(@Id String id, String libraryId, String personId, String personFirstName,
		List<String> topics, List<String> languages, String day, String start, int durationMinutes, int capacity,
		int remaining, List<BookingEntry> bookings, Integer anonymousBookings, String room, String sessionId,
		Boolean cancelled) {

	public SlotDocument {
		cancelled = cancelled != null && cancelled;
		bookings = bookings == null ? List.of() : bookings;
		anonymousBookings = anonymousBookings == null ? 0 : anonymousBookings;
	}

	/**
	 * One booking. {@code tokenHash} is the SHA-256 of the unguessable token in the
	 * booking's link (the token itself is only ever sent to the booker); {@code lang} is
	 * the language the booker used, for the reminder.
	 */
	public record BookingEntry(String reference, String firstName, String contact, Instant bookedAt, String tokenHash,
			String lang) {
	}

}
