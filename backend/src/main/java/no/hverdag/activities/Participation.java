package no.hverdag.activities;

/**
 * How people join: drop in, or sign up first; {@code capacity} places per occurrence, or
 * no limit when absent.
 */
public record Participation(Integer capacity, boolean signUpRequired) {

	public static final Participation DROP_IN = new Participation(null, false);

	public Participation {
		if (capacity != null && capacity < 1) {
			throw new IllegalArgumentException("An activity with a limit has room for at least one person");
		}
	}

}
