package no.hverdag.signups.internal;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The places of one occurrence and who holds them: {@code _id} is
 * {@code activityId@yyyy-MM-dd}. {@code holders} lists the sign-up ids that hold a place;
 * {@code taken} (its size) and, with a limit, {@code remaining} change in the same update
 * as the list, so the counts always equal what they count, and {@code remaining} never
 * goes below zero. Without a limit ({@code capacity} null) only {@code taken} counts.
 * {@code waitingSeq} hands out waiting-list numbers; {@code version} grows with every
 * change, for the one update that needs to compare and set (passing a place on).
 * Documents written before {@code holders} existed are rebuilt once at start-up (ADR
 * 0007). {@code cancelledAt} is set when the organisation cancels the occurrence, with
 * {@code cancelUnfinished} until everyone signed up has been told and released (the
 * cancel's intent, finished by {@link OccurrenceCancellationRecovery}).
 */
@Document("signup_occurrences")
public record OccurrenceDocument(@Id String id, String activityId, String date, Integer capacity, Integer remaining,
		int taken, long waitingSeq, List<String> holders, Long version, java.time.Instant cancelledAt,
		String cancelReason, Boolean cancelUnfinished) {

	public OccurrenceDocument {
		holders = holders == null ? null : List.copyOf(holders);
	}

	/** Whether this sign-up holds a place. */
	public boolean holds(String signUpId) {
		return this.holders != null && this.holders.contains(signUpId);
	}

	public static String idFor(String activityId, String date) {
		return activityId + "@" + date;
	}

}
