package no.hverdag.audit;

import java.time.Instant;

/**
 * One privileged action. {@code municipality} is the scope it happened in (who may read
 * it); {@code target} names what it was done to, {@code detail} adds the reason or the
 * role.
 */
public record AuditEntry(Instant at, String actorIssuer, String actorSubject, String actorName, AuditAction action,
		String municipality, String target, String detail) {
}
