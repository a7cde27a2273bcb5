package no.hverdag.shared.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the interface speaks, each named in its own script for the switcher.
 * Bokmål is the default; Arabic is written right to left.
 */
public enum SupportedLanguage {

	NB("nb", "Norsk bokmål", false), EN("en", "English", false), AR("ar", "العربية", true);

	private final String code;

	private final String ownName;

	private final boolean rightToLeft;

	SupportedLanguage(String code, String ownName, boolean rightToLeft) {
		this.code = code;
		this.ownName = ownName;
		this.rightToLeft = rightToLeft;
	}

	public String code() {
		return this.code;
	}

	public String ownName() {
		return this.ownName;
	}

	public boolean rightToLeft() {
		return this.rightToLeft;
	}

	public Locale locale() {
		return Locale.forLanguageTag(this.code);
	}

	public static Optional<SupportedLanguage> fromCode(String code) {
		if (code == null) {
			return Optional.empty();
		}
		String normalised = "no".equalsIgnoreCase(code) || "nb-NO".equalsIgnoreCase(code) ? "nb" : code;
		return Arrays.stream(values()).filter(l -> l.code.equalsIgnoreCase(normalised)).findFirst();
	}

	public static SupportedLanguage of(Locale locale) {
		return fromCode(locale.getLanguage()).orElse(NB);
	}

}
