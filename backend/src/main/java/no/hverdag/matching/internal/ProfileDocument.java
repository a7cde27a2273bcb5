package no.hverdag.matching.internal;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A signed-in newcomer's saved profile, one per person ({@code _id} is issuer and
 * subject), kept as the same parameters the API takes.
 */
@Document("newcomerProfiles")
record ProfileDocument(@Id String id, String issuer, String subject, String query, Instant updatedAt) {
}
