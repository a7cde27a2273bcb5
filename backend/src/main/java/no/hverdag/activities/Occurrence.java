package no.hverdag.activities;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** One concrete time an activity happens. */
public record Occurrence(LocalDate date, LocalTime start, LocalTime end) {

	public LocalDateTime startsAt() {
		return LocalDateTime.of(this.date, this.start);
	}

	public LocalDateTime endsAt() {
		return LocalDateTime.of(this.date, this.end);
	}

}
