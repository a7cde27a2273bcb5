package no.hverdag.venues;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/**
 * An organisation's request for the season: one weekly time in one of the rooms it names
 * (one room, or every suitable room), for the whole season. {@code locked}: the
 * coordinator fixed it in (to {@code lockedRoom} if given); {@code forbidden}: fixed out.
 */
public record SeasonRequest(String id, String applicant, PriorityClass priority, List<String> rooms, DayOfWeek weekday,
		LocalTime start, int minutes, boolean locked, String lockedRoom, boolean forbidden) {

	public SeasonRequest {
		rooms = List.copyOf(rooms);
	}

	/** The documented priority policy's classes, highest first. */
	public enum PriorityClass {

		CHILDREN_AND_YOUTH(3), NEWCOMER_ASSOCIATION(2), ADULTS(1);

		private final int weight;

		PriorityClass(int weight) {
			this.weight = weight;
		}

		public int weight() {
			return this.weight;
		}

	}

	public LocalTime end() {
		return this.start.plusMinutes(this.minutes);
	}

	/** Quarter hours from midnight, start inclusive, end exclusive. */
	public int startQuarter() {
		return this.start.toSecondOfDay() / 900;
	}

	public int endQuarter() {
		return startQuarter() + (this.minutes + 14) / 15;
	}

	public boolean overlaps(SeasonRequest other) {
		return this.weekday == other.weekday && startQuarter() < other.endQuarter()
				&& other.startQuarter() < endQuarter();
	}

	/**
	 * What granting this request is worth under the policy: class weight × quarter hours.
	 */
	public long value() {
		return (long) this.priority.weight() * (endQuarter() - startQuarter());
	}

	public SeasonRequest lock(String room) {
		return new SeasonRequest(this.id, this.applicant, this.priority, this.rooms, this.weekday, this.start,
				this.minutes, true, room, false);
	}

	public SeasonRequest forbid() {
		return new SeasonRequest(this.id, this.applicant, this.priority, this.rooms, this.weekday, this.start,
				this.minutes, false, null, true);
	}

}
