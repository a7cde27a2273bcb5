package no.hverdag.organisations;

import java.time.Instant;

/** A coordinator's decision on an organisation; the reason is required when rejecting. */
public record Decision(String coordinatorIssuer, String coordinatorSubject, Instant at, String reason) {
}
