package no.hverdag.venues;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import no.hverdag.booking.Holder;
import no.hverdag.booking.Period;

/**
 * An organisation's application for weekly time in a season: one room of a venue, or any
 * room of it that holds {@code participants} ({@code roomKey} null), on a weekday at a
 * time, for a length and a number of weeks, for whom it serves (the priority policy's
 * class). The coordinator may lock it in or forbid it; publishing sets its outcome.
 * {@code lang}: the language the applicant used, for the outcome message.
 */
public record SeasonApplication(String id, String seasonId, String organisation, String organisationName,
		String venueId, String roomKey, DayOfWeek weekday, LocalTime start, int minutes, int weeks, int participants,
		SeasonRequest.PriorityClass serves, Holder holder, String lang, Adjustment adjustment, String lockedRoom,
		Outcome outcome, String grantedRoom, String reasonKey, String heldBy, String bookingId, Instant submittedAt,
		Instant notifiedAt) {

	/** What the coordinator fixed. */
	public enum Adjustment {

		NONE, LOCKED, FORBIDDEN

	}

	/** What publishing decided. */
	public enum Outcome {

		GRANTED, REFUSED

	}

	public LocalTime end() {
		return this.start.plusMinutes(this.minutes);
	}

	/** The periods this application books when granted, from the season's first day. */
	public List<Period> periods(Season season) {
		Period first = Period.of(season.firstDay().with(java.time.temporal.TemporalAdjusters.nextOrSame(this.weekday)),
				this.start, this.end());
		if (this.end().equals(LocalTime.MIDNIGHT)) {
			first = new Period(first.start(), first.start().toLocalDate().plusDays(1).atStartOfDay());
		}
		return first.weekly(Math.min(this.weeks, season.weeks()));
	}

	/** The solver's view: the rooms it may get ({@code venueId/roomKey}). */
	public SeasonRequest request(List<String> rooms) {
		boolean locked = this.adjustment == Adjustment.LOCKED;
		String room = locked && this.lockedRoom != null && rooms.contains(this.lockedRoom) ? this.lockedRoom : null;
		return new SeasonRequest(this.id, this.organisation, this.serves, rooms, this.weekday, this.start, this.minutes,
				locked && !rooms.isEmpty(), room, this.adjustment == Adjustment.FORBIDDEN);
	}

}
