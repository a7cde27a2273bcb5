package no.hverdag.shared.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the interface speaks, each named in its own script (its endonym) for the
 * switcher. Bokmål is the default; Arabic and Persian are written right to left. The
 * order is the switcher's: the two Norwegian written standards, English, then the
 * languages newcomers speak most (issue 16).
 */
public enum SupportedLanguage {

	NB("nb", "Norsk bokmål", false), NN("nn", "Norsk nynorsk", false), EN("en", "English", false),
	AR("ar", "العربية", true), UK("uk", "Українська", false), SO("so", "Soomaali", false), TI("ti", "ትግርኛ", false),
	FA("fa", "فارسی", true), PL("pl", "Polski", false);

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

	/** The value of an HTML {@code dir} attribute for text in this language. */
	public String dir() {
		return this.rightToLeft ? "rtl" : "ltr";
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

	/**
	 * The {@code dir} of a page in the given locale; for templates, which only know
	 * {@code #locale}.
	 */
	public static String dirOf(Locale locale) {
		return locale == null ? "ltr" : of(locale).dir();
	}

	/**
	 * Whether text in the given language code (any, not only these nine) runs right to
	 * left.
	 */
	public static boolean rightToLeft(String code) {
		return code != null && RIGHT_TO_LEFT_SCRIPTS.contains(code.toLowerCase(Locale.ROOT));
	}

	/**
	 * Languages written right to left, also those the interface does not speak but that
	 * people write texts in (an activity described in Kurdish Sorani or Urdu).
	 */
	private static final java.util.Set<String> RIGHT_TO_LEFT_SCRIPTS = java.util.Set.of("ar", "fa", "prs", "ps", "ur",
			"ckb", "he", "yi", "dv");

}
