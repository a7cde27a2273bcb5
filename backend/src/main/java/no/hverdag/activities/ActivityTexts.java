package no.hverdag.activities;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An activity's title and description in one or more languages (ISO 639-1, bokmål
 * {@code nb}, nynorsk {@code nn}): the original, and translations. A reader gets their
 * own language, else bokmål, nynorsk, English, else the original.
 */
public record ActivityTexts(String originalLanguage, Map<String, Text> versions) {

	/** Who reads in a language without a version gets the first of these that exists. */
	public static final List<String> FALLBACK = List.of("nb", "nn", "en");

	/** One language version. */
	public record Text(String title, String description) {

		public Text {
			Objects.requireNonNull(title, "title");
			description = description == null ? "" : description;
		}

	}

	public ActivityTexts {
		Objects.requireNonNull(originalLanguage, "originalLanguage");
		if (versions == null || !versions.containsKey(originalLanguage)) {
			throw new IllegalArgumentException("The original language has a text");
		}
		versions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(versions));
	}

	public static ActivityTexts of(String language, String title, String description) {
		return new ActivityTexts(language, Map.of(language, new Text(title, description)));
	}

	public Text original() {
		return this.versions.get(this.originalLanguage);
	}

	/** The version for a reader of this language, by the fallback order. */
	public Text in(String language) {
		return languageFor(language) == null ? original() : this.versions.get(languageFor(language));
	}

	/** The language of the version {@link #in} gives. */
	public String languageFor(String language) {
		if (language != null && this.versions.containsKey(language)) {
			return language;
		}
		return FALLBACK.stream().filter(this.versions::containsKey).findFirst().orElse(this.originalLanguage);
	}

}
