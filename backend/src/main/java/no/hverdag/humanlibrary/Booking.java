package no.hverdag.humanlibrary;

import no.hverdag.shared.ContactPoint;
import java.time.Instant;

/**
 * A confirmed booking: the short reference the borrower shows at the desk, the slot it
 * holds, and (only right after booking) the unguessable token of its link.
 */
public record Booking(String reference, Slot slot, String firstName, ContactPoint contact, Instant bookedAt,
		String token) {
}
