package no.hverdag.venues;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A municipality's season of weekly room time (the school gyms every autumn): open for
 * applications, then previewed by the coordinator (an allocation with a reason per
 * decision), then published at once. {@code PUBLISHING} with {@code publishingSince} is
 * the intent written before the first booking is made: a season found in it after a crash
 * is completed by {@link SeasonPublishing#recover()}.
 */
public record Season(String id, String municipality, String name, LocalDate firstDay, int weeks, Status status,
		Instant publishingSince, Preview preview, Instant openedAt) {

	/** Where a season stands. */
	public enum Status {

		/** Taking applications; the coordinator may preview and adjust. */
		OPEN,
		/** Intent: the preview is being turned into bookings right now. */
		PUBLISHING,
		/** Every granted application is a room booking; applicants are told. */
		PUBLISHED

	}

	/**
	 * One decision of a preview: the room granted ({@code venueId}/{@code roomKey}, null
	 * when refused), the reason's message key and who holds the time if someone does.
	 */
	public record Decision(String applicationId, String venueId, String roomKey, String reasonKey, String heldBy) {

		public boolean granted() {
			return this.roomKey != null;
		}

	}

	/**
	 * A run's outcome. {@code fingerprint} names the applications and adjustments it was
	 * made for: publishing refuses a preview that no longer matches them.
	 */
	public record Preview(List<Decision> decisions, String fingerprint, long score, boolean optimal, double gap,
			Instant ranAt) {

		public Preview {
			decisions = List.copyOf(decisions);
		}

		public Optional<Decision> of(String applicationId) {
			return this.decisions.stream().filter(d -> d.applicationId().equals(applicationId)).findFirst();
		}

		public long grantedCount() {
			return this.decisions.stream().filter(Decision::granted).count();
		}

	}

	public boolean open() {
		return this.status == Status.OPEN;
	}

}
