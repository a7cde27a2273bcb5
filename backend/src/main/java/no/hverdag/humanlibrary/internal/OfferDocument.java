package no.hverdag.humanlibrary.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A volunteer's offer to one library; {@code status} changes once, conditionally. */
@Document("volunteer_offers")
record OfferDocument(@Id String id, String issuer, String subject, String libraryId, String firstName,
		List<String> topics, String otherTopic, List<String> languages, String presentation, String contact,
		String status, Instant submittedAt, Instant decidedAt, String lang) {
}
