package no.hverdag.organisations.internal;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An organisation. {@code memberPending} is true from the insert until the registrant's
 * membership is granted: the registration's intent, finished by
 * {@code OrganisationRecovery} if the process dies in between (ADR 0007).
 */
@Document("organisations")
public record OrganisationDocument(@Id String id, String name, String organisationNumber, String municipality,
		String contactName, String contactEmail, String contactPhone, String description, String status,
		Instant registeredAt, String registeredByIssuer, String registeredBySubject, String decidedByIssuer,
		String decidedBySubject, Instant decidedAt, String decisionReason, Boolean memberPending, String language) {
}
