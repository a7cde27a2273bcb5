package no.hverdag.buddies;

import java.util.List;

/**
 * Why a pair was proposed, as a code and its values (an interest, a distance, a free
 * time, a language); pages and the API turn it into words in the reader's language.
 */
public record Reason(String code, List<String> values) {

	public static final String SHARED_INTEREST = "SHARED_INTEREST";

	public static final String DISTANCE_KM = "DISTANCE_KM";

	public static final String SAME_DISTRICT = "SAME_DISTRICT";

	public static final String COMMON_TIME = "COMMON_TIME";

	public static final String SHARED_LANGUAGE = "SHARED_LANGUAGE";

	public static final String NORWEGIAN = "NORWEGIAN";

	public static final String SAME_LIFE_SITUATION = "SAME_LIFE_SITUATION";

	public static final String SAME_PROFESSION = "SAME_PROFESSION";

	public static final String CLOSE_IN_AGE = "CLOSE_IN_AGE";

	public static final String WAITED_DAYS = "WAITED_DAYS";

	public static final String LOCKED = "LOCKED";

	public Reason {
		values = List.copyOf(values);
	}

	public static Reason of(String code, String... values) {
		return new Reason(code, List.of(values));
	}

}
