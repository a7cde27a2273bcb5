package no.hverdag.humanlibrary.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A slot with its bookings inside: one document, so "take a place if one is left" is a
 * single atomic update ({@code remaining > 0} → decrement and push the booking).
 */
@Document("slots")
record SlotDocument(@Id String id, String libraryId, String personId, String personFirstName, List<String> topics,
		List<String> languages, String day, String start, int durationMinutes, int capacity, int remaining,
		List<BookingEntry> bookings) {

	record BookingEntry(String reference, String firstName, String contact, Instant bookedAt) {
	}

}
