package no.hverdag.signups.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The places of one occurrence: {@code _id} is {@code activityId@yyyy-MM-dd}. With a
 * limit, {@code remaining} and {@code taken} always change together in one update, and
 * {@code remaining} never goes below zero; without one ({@code capacity} null) only
 * {@code taken} counts. {@code waitingSeq} hands out waiting-list numbers.
 */
@Document("signup_occurrences")
public record OccurrenceDocument(@Id String id, String activityId, String date, Integer capacity, Integer remaining,
		int taken, long waitingSeq) {

	public static String idFor(String activityId, String date) {
		return activityId + "@" + date;
	}

}
