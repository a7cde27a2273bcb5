package no.hverdag.buddies;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Follow-ups 1, 3, 6 and 12 months after both said yes, by calendar months in Norway. A
 * follow-up missed while the service was down is sent late rather than never, but only
 * the latest one due: nobody gets three check-ins at once.
 */
public final class FollowUpSchedule {

	public static final List<Integer> MONTHS = List.of(1, 3, 6, 12);

	private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

	private FollowUpSchedule() {
	}

	/** When the follow-up number {@code index} (0-based) is due. */
	public static Instant dueAt(Instant activeSince, int index) {
		return activeSince.atZone(NORWAY).plusMonths(MONTHS.get(index)).toInstant();
	}

	/**
	 * The month of the follow-up to send now, given how many were sent, or empty when
	 * none is due. Returns the latest due month.
	 */
	public static Optional<Integer> due(Instant activeSince, int sent, Instant now) {
		Integer month = null;
		for (int i = sent; i < MONTHS.size(); i++) {
			if (!now.isBefore(dueAt(activeSince, i))) {
				month = MONTHS.get(i);
			}
		}
		return Optional.ofNullable(month);
	}

	/** How many follow-ups count as sent once the one for {@code month} is. */
	public static int sentAfter(int month) {
		return MONTHS.indexOf(month) + 1;
	}

}
