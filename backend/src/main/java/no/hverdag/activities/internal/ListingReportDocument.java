package no.hverdag.activities.internal;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A visitor's report that a listing is wrong or abusive. {@code municipality} is where
 * the listing is, so its coordinator sees the report; {@code status} is OPEN until the
 * coordinator dismisses it (DISMISSED) or unpublishes the listing (UNPUBLISHED). Who
 * reported is not kept: anonymous reports are allowed, and a free-text note is the only
 * thing they write.
 */
@Document("listing_reports")
public record ListingReportDocument(@Id String id, String activityId, String activityTitle, String organisationName,
		String municipality, String category, String note, Instant reportedAt, String status, Instant closedAt) {
}
