package no.hverdag.activities;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * A newcomer's search: free text and optional filters; every part may be absent. People
 * in the introduction programme come after their working day: {@code startsAfter} 16:00
 * finds what fits.
 */
public record ActivityQuery(String text, String municipality, ActivityType type, String language, Boolean free,
		DayOfWeek weekday, LocalTime startsAfter, LocalTime endsBefore) {

	public ActivityQuery(String text, String municipality, ActivityType type, String language, Boolean free) {
		this(text, municipality, type, language, free, null, null, null);
	}

	/**
	 * Longer queries are cut: nobody types more, and each word costs the search a clause.
	 */
	public static final int MAX_TEXT_LENGTH = 200;

	public ActivityQuery {
		text = text == null ? null : text.strip();
		if (text != null && text.length() > MAX_TEXT_LENGTH) {
			text = text.substring(0, MAX_TEXT_LENGTH);
		}
	}

	public boolean hasText() {
		return this.text != null && !this.text.isBlank();
	}

}
