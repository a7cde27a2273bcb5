package no.hverdag.kiosk;

import java.time.Instant;

/**
 * A kiosk as its library's staff see it. {@code token} is present only in the answer to
 * the registration: it is shown once and stored only as a hash.
 */
public record KioskCredential(String kioskId, String libraryId, String name, Instant registeredAt, Instant revokedAt,
		String token) {
}
