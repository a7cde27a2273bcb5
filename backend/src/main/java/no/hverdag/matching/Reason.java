package no.hverdag.matching;

import java.util.List;

/**
 * Why an activity was suggested, as data: a code and the values its sentence needs. Pages
 * and the API put it into words in the reader's language.
 */
public record Reason(Code code, List<Object> values) {

	public Reason {
		values = List.copyOf(values);
	}

	/** The kinds of reason, in the order they are shown. */
	public enum Code {

		/** A language the newcomer speaks is spoken there: {language code}. */
		LANGUAGE_SPOKEN,
		/** How far away: {km}. */
		DISTANCE,
		/**
		 * It happens when they are free: {weekday, start}; evenings get their own words.
		 */
		FITS_FREE_TIME, FITS_EVENINGS,
		/** No Norwegian needed. */
		NO_NORWEGIAN_NEEDED,
		/** It needs Norwegian, at most their level: {level}. */
		FITS_LEVEL,
		/** One of their interests: {activity type}. */
		INTEREST,
		/** Made for a group they belong to: {audience}. */
		FOR_YOUR_GROUP,
		/** Free of charge. */
		FREE,
		/** Meets a need they stated: {need}. */
		MEETS_NEED,
		/** About a topic they like: {topic}. */
		TOPIC

	}

	public static Reason of(Code code, Object... values) {
		return new Reason(code, List.of(values));
	}

}
