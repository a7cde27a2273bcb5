package no.hverdag.humanlibrary;

import no.hverdag.shared.ContactPoint;
import java.time.Instant;

/**
 * A confirmed booking: the short reference the borrower shows at the desk, and the slot
 * it holds.
 */
public record Booking(String reference, Slot slot, String firstName, ContactPoint contact, Instant bookedAt) {
}
