package no.hverdag.signups;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One person's sign-up for one occurrence of an activity. {@code waitingNumber} is the
 * person's number in the occurrence's waiting-list queue (1 for the first who ever had to
 * wait), {@code null} for those who got a place at once. {@code firstName} and
 * {@code contact} are {@code null} once erased.
 */
public record SignUp(String id, String activityId, String organisationId, LocalDate date, LocalTime start,
		LocalTime end, String firstName, String contact, SignUpStatus status, Long waitingNumber, String language,
		Instant signedUpAt) {

	public boolean active() {
		return this.status != SignUpStatus.CANCELLED;
	}

}
