package no.hverdag.signups.internal;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One sign-up. {@code activeKey} ({@code occurrenceId|contact}) exists only while the
 * sign-up is confirmed or waiting; a sparse unique index on it keeps one person from
 * signing up twice for the same occurrence, yet lets them sign up again after cancelling.
 * {@code tokenHash} is the SHA-256 of the cancel token, which is never stored. Dates and
 * times are ISO strings so that they sort and compare as text. A sign-up is written first
 * as PENDING (the intent), before any place is taken; {@code unsettled} marks one whose
 * occurrence may still need its places passed on or filled. Both are finished or rolled
 * back by {@link SignUpRecovery} after a crash (ADR 0007). {@code cancelNotice} marks a
 * sign-up whose occurrence the organisation cancelled and who has not been told yet
 * ({@link OccurrenceCancellationRecovery} tells them after a crash).
 */
@Document("signups")
public record SignUpDocument(@Id String id, String occurrenceId, String activityId, String organisationId, String date,
		String start, String end, String firstName, String contact, String activeKey, String status, Long waitingNumber,
		String tokenHash, String language, String ownerIssuer, String ownerSubject, Instant signedUpAt,
		Instant promotedAt, Instant cancelledAt, Instant remindedAt, Boolean unsettled, Boolean cancelNotice) {

}
