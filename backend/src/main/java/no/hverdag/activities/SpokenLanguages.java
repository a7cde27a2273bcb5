package no.hverdag.activities;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The languages spoken at an activity, as ISO 639-1 codes: every two-letter language
 * there is (Urdu, Punjabi, Amharic, Turkish, ...), not only the ones the pages offer in
 * their list. Spoken Norwegian is one language whether a spreadsheet says {@code nb},
 * {@code nn} or {@code no}, so it is stored as {@code no} and a filter on it finds all.
 */
public final class SpokenLanguages {

	/** The one value Norwegian is stored as. */
	public static final String NORWEGIAN = "no";

	private static final Set<String> ISO_639_1 = Arrays.stream(Locale.getISOLanguages())
		.filter(code -> code.length() == 2)
		.collect(Collectors.toUnmodifiableSet());

	private SpokenLanguages() {
	}

	/**
	 * The stored code for what someone typed ({@code " NB "} gives {@code no}), or empty
	 * when it is no ISO 639-1 language.
	 */
	public static Optional<String> normalise(String code) {
		if (code == null) {
			return Optional.empty();
		}
		String lower = code.strip().toLowerCase(Locale.ROOT);
		if (lower.equals("nb") || lower.equals("nn") || lower.equals(NORWEGIAN)) {
			return Optional.of(NORWEGIAN);
		}
		// Old codes Java still answers with, and their current names.
		lower = switch (lower) {
			case "iw" -> "he";
			case "in" -> "id";
			case "ji" -> "yi";
			default -> lower;
		};
		return ISO_639_1.contains(lower) ? Optional.of(lower) : Optional.empty();
	}

	public static boolean known(String code) {
		return normalise(code).isPresent();
	}

}
