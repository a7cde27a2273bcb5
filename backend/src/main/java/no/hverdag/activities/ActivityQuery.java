package no.hverdag.activities;

/** A newcomer's search: free text and optional filters; every part may be absent. */
public record ActivityQuery(String text, String municipality, ActivityType type, String language, Boolean free) {

	public static final ActivityQuery ALL = new ActivityQuery(null, null, null, null, null);

	public boolean hasText() {
		return this.text != null && !this.text.isBlank();
	}

}
