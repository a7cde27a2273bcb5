package no.hverdag.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

@DisplayName("The message bundles")
class MessageBundlesTest {

	/**
	 * Every bundle family under {@code spring.messages.basename}: the default (bokmål)
	 * and its translations. Each family gets the same checks.
	 */
	private static final List<Family> FAMILIES = List.of(family("messages"), family("privacy"), family("counts"));

	/**
	 * A family's bundles: the default (bokmål) and one per other
	 * {@link SupportedLanguage}, so a language added to the switcher without its bundles
	 * fails here.
	 */
	private static Family family(String name) {
		Set<String> others = new TreeSet<>();
		for (SupportedLanguage language : SupportedLanguage.values()) {
			if (language != SupportedLanguage.NB) {
				others.add("i18n/" + name + "_" + language.code() + ".properties");
			}
		}
		return new Family("i18n/" + name + ".properties", others);
	}

	private static final String PRIVACY_PREFIX = "privacy.";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)\\s*(?:,\\s*([a-z]+))?\\s*[,}]");

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");

	private static Properties load(String path) throws IOException {
		InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(path);
		assertThat(in)
			.as("%s on the classpath (every SupportedLanguage needs its bundles; see docs/translations.md)", path)
			.isNotNull();
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		assertThat(properties).as(path).isNotEmpty();
		return properties;
	}

	private static Set<String> placeholders(String value) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(value);
		while (matcher.find()) {
			found.add(matcher.group(2) == null ? matcher.group(1) : matcher.group(1) + " " + matcher.group(2));
		}
		return found;
	}

	static List<Family> families() {
		return FAMILIES;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("families")
	@DisplayName("have every default key in every other language")
	void everyDefaultKeyIsTranslated(Family family) throws IOException {
		Set<String> defaults = load(family.defaults()).stringPropertyNames();
		for (String other : family.others()) {
			assertThat(load(other).stringPropertyNames()).as("keys in %s", other).containsAll(defaults);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("families")
	@DisplayName("have no key in another language that the default bundle lacks")
	void noKeyOnlyInTranslation(Family family) throws IOException {
		Set<String> defaults = load(family.defaults()).stringPropertyNames();
		for (String other : family.others()) {
			assertThat(defaults).as("default keys, compared with %s", other)
				.containsAll(load(other).stringPropertyNames());
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("families")
	@DisplayName("have no blank text")
	void noBlankValues(Family family) throws IOException {
		for (String path : union(family.defaults(), family.others())) {
			Properties bundle = load(path);
			Map<String, String> blank = new TreeMap<>();
			bundle.stringPropertyNames()
				.stream()
				.filter(key -> bundle.getProperty(key).isBlank())
				.forEach(key -> blank.put(key, bundle.getProperty(key)));
			assertThat(blank).as("blank values in %s", path).isEmpty();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("families")
	@DisplayName("use the same {n} placeholders for a key in every language")
	void samePlaceholders(Family family) throws IOException {
		Properties defaults = load(family.defaults());
		for (String other : family.others()) {
			Properties translated = load(other);
			Map<String, String> mismatches = new TreeMap<>();
			for (String key : defaults.stringPropertyNames()) {
				String value = translated.getProperty(key);
				if (value != null) {
					Set<String> expected = placeholders(defaults.getProperty(key));
					Set<String> actual = placeholders(value);
					if (!expected.equals(actual)) {
						mismatches.put(key, "default " + expected + " but " + actual);
					}
				}
			}
			assertThat(mismatches).as("placeholder differences in %s", other).isEmpty();
		}
	}

	@Test
	@DisplayName("keep the privacy page's keys apart: all prefixed, none shadowed by the messages bundle")
	void privacyKeysAreApart() throws IOException {
		Set<String> messages = load(FAMILIES.get(0).defaults()).stringPropertyNames();
		Set<String> privacy = load(FAMILIES.get(1).defaults()).stringPropertyNames();
		assertThat(privacy).as("keys in %s", FAMILIES.get(1).defaults())
			.allMatch(key -> key.startsWith(PRIVACY_PREFIX));
		assertThat(messages).as("keys in %s", FAMILIES.get(0).defaults())
			.noneMatch(key -> key.startsWith(PRIVACY_PREFIX));
	}

	@Test
	@DisplayName("contain every key a template names literally")
	void templateKeysExist() throws IOException {
		Set<String> defaults = new TreeSet<>();
		for (Family family : FAMILIES) {
			defaults.addAll(load(family.defaults()).stringPropertyNames());
		}
		Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
		assertThat(templates).as("templates on the classpath").isNotEmpty();

		Map<String, Set<String>> missing = new TreeMap<>();
		int keysSeen = 0;
		for (Resource template : templates) {
			String html = template.getContentAsString(StandardCharsets.UTF_8);
			Matcher matcher = TEMPLATE_KEY.matcher(html);
			while (matcher.find()) {
				keysSeen++;
				String key = matcher.group(1);
				if (!defaults.contains(key)) {
					missing.computeIfAbsent(key, k -> new TreeSet<>()).add(template.getFilename());
				}
			}
		}
		assertThat(keysSeen).as("message keys found in templates").isPositive();
		assertThat(missing)
			.as("keys used in templates but missing from every default bundle (%s)",
					FAMILIES.stream().map(Family::defaults).toList())
			.isEmpty();
	}

	private static final String COUNTS = "i18n/counts.properties";

	@ParameterizedTest(name = "{0}")
	@MethodSource("languages")
	@DisplayName("write plural messages that ICU parses, with a branch for every plural category of the language")
	void pluralsFollowTheLanguagesRules(SupportedLanguage language) throws IOException {
		String path = language == SupportedLanguage.NB ? COUNTS : "i18n/counts_" + language.code() + ".properties";
		Properties bundle = load(path);
		Set<String> categories = PluralRules.forLocale(LocalForms.formatting(language.locale())).getKeywords();
		Map<String, String> problems = new TreeMap<>();
		for (String key : bundle.stringPropertyNames()) {
			String pattern = bundle.getProperty(key);
			if (!key.startsWith("count.")) {
				problems.put(key, "keys in the counts family start with count.");
				continue;
			}
			try {
				MessagePattern parsed = new MessagePattern(pattern);
				for (Set<String> selectors : pluralSelectors(parsed)) {
					Set<String> keywords = new TreeSet<>(selectors);
					keywords.removeIf(selector -> selector.startsWith("="));
					if (!keywords.equals(new TreeSet<>(categories))) {
						problems.put(key,
								"plural branches " + keywords + " but " + language.code() + " has " + categories);
					}
				}
				new com.ibm.icu.text.MessageFormat(pattern, LocalForms.formatting(language.locale()))
					.format(new Object[] { 1, 2, 3 });
			}
			catch (IllegalArgumentException ex) {
				problems.put(key, ex.getMessage());
			}
		}
		assertThat(problems).as("plural messages in %s", path).isEmpty();
	}

	@Test
	@DisplayName("format counts with the plural rules of each language")
	void countsReadRightInEachLanguage() {
		IcuMessageSource messages = new IcuMessageSource();
		messages.setBasenames("i18n/messages", "i18n/counts");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		String key = "count.buddies.programme.lasts";
		assertThat(messages.getMessage(key, new Object[] { 1 }, SupportedLanguage.NB.locale()))
			.isEqualTo("Et vennepar varer 1 måned.");
		assertThat(messages.getMessage(key, new Object[] { 12 }, SupportedLanguage.NB.locale()))
			.isEqualTo("Et vennepar varer 12 måneder.");
		assertThat(messages.getMessage(key, new Object[] { 2 }, SupportedLanguage.AR.locale())).contains("شهرين");
		// Persian gets Latin digits and the Gregorian calendar like every other language.
		assertThat(messages.getMessage(key, new Object[] { 12 }, SupportedLanguage.FA.locale())).contains("12");
		// The java.text path too: a count in an Arabic or Persian text is written 0-9.
		assertThat(messages.getMessage("kiosk.slot.remaining", new Object[] { 12 }, SupportedLanguage.FA.locale()))
			.contains("12");
		assertThat(messages.getMessage("kiosk.slot.remaining", new Object[] { 12 }, SupportedLanguage.AR.locale()))
			.contains("12");
		assertThat(LocalForms.dayMonth(java.time.LocalDate.of(2026, 12, 1), SupportedLanguage.FA.locale()))
			.contains("1")
			.doesNotContain("۱");
		assertThat(LocalForms.weekdayDayMonth(java.time.LocalDate.of(2026, 12, 1), SupportedLanguage.EN.locale()))
			.isEqualTo("Tuesday 1 December");
		assertThat(LocalForms.weekdayDayMonth(java.time.LocalDate.of(2026, 12, 1), SupportedLanguage.NB.locale()))
			.isEqualTo("tirsdag 1. desember");
	}

	/**
	 * A value that is the bokmål (or English, or Arabic) text word for word, in a bundle
	 * of another language, was most likely left untranslated. Short values are not
	 * checked (a word like "Totalt" or "OK" can be the same), nor nynorsk against bokmål
	 * (the two written standards share many sentences), nor values that are the same in
	 * bokmål, English and Arabic (names, addresses, formats: language-neutral by nature).
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("families")
	@DisplayName("have no sentence left in another language by mistake")
	void noSentenceLeftUntranslated(Family family) throws IOException {
		Properties defaults = load(family.defaults());
		Map<String, Properties> byLanguage = new TreeMap<>();
		byLanguage.put("nb", defaults);
		for (String other : family.others()) {
			byLanguage.put(other.replaceAll(".*_([a-z]+)\\.properties$", "$1"), load(other));
		}
		Map<String, String> suspicious = new TreeMap<>();
		for (String key : defaults.stringPropertyNames()) {
			if (LANGUAGE_NEUTRAL.contains(key) || neutral(byLanguage, key)) {
				continue;
			}
			for (Map.Entry<String, Properties> language : byLanguage.entrySet()) {
				String code = language.getKey();
				String value = language.getValue().getProperty(key);
				if (value == null || "nb".equals(code) || !sentence(value)) {
					continue;
				}
				for (String source : List.of("nb", "en", "ar")) {
					boolean sameStandard = "nn".equals(code) && "nb".equals(source);
					Properties sourceBundle = byLanguage.get(source);
					if (!source.equals(code) && !sameStandard && sourceBundle != null
							&& value.equals(sourceBundle.getProperty(key))) {
						suspicious.put(code + ": " + key, "same as " + source + ": " + value);
					}
				}
				Pattern script = SCRIPTS.get(code);
				if (script != null && !script.matcher(value).find()) {
					suspicious.put(code + ": " + key, "no letter of the language's script: " + value);
				}
			}
		}
		assertThat(suspicious).as("values that look untranslated in %s", family).isEmpty();
	}

	/**
	 * Keys whose text may stay the same in every language. Keep it short and say why.
	 */
	private static final Set<String> LANGUAGE_NEUTRAL = Set.of();

	/**
	 * Languages with their own script: a sentence without one letter of it is not theirs.
	 */
	private static final Map<String, Pattern> SCRIPTS = Map.of("ar", Pattern.compile("\\p{IsArabic}"), "fa",
			Pattern.compile("\\p{IsArabic}"), "uk", Pattern.compile("\\p{IsCyrillic}"), "ti",
			Pattern.compile("\\p{IsEthiopic}"));

	private static boolean sentence(String value) {
		String words = value.replaceAll("\\{[^}]*}", " ").replaceAll("https?://\\S+", " ");
		return words.length() >= 25 && words.trim().split("[\\s\\p{Punct}]+").length >= 4;
	}

	private static boolean neutral(Map<String, Properties> byLanguage, String key) {
		String nb = byLanguage.get("nb").getProperty(key);
		Properties en = byLanguage.get("en");
		Properties ar = byLanguage.get("ar");
		return en != null && ar != null && nb.equals(en.getProperty(key)) && nb.equals(ar.getProperty(key));
	}

	static List<SupportedLanguage> languages() {
		return List.of(SupportedLanguage.values());
	}

	/** The selectors of each plural argument at the top level of an ICU message. */
	private static List<Set<String>> pluralSelectors(MessagePattern parsed) {
		List<Set<String>> all = new java.util.ArrayList<>();
		for (int i = 0; i < parsed.countParts(); i++) {
			MessagePattern.Part part = parsed.getPart(i);
			if (part.getType() == MessagePattern.Part.Type.ARG_START
					&& part.getArgType() == MessagePattern.ArgType.PLURAL) {
				Set<String> selectors = new TreeSet<>();
				int limit = parsed.getLimitPartIndex(i);
				for (int j = i + 1; j < limit; j++) {
					MessagePattern.Part inner = parsed.getPart(j);
					if (inner.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
						selectors.add(parsed.getSubstring(inner));
					}
					else if (inner.getType() == MessagePattern.Part.Type.MSG_START) {
						j = parsed.getLimitPartIndex(j);
					}
				}
				all.add(selectors);
				i = limit;
			}
		}
		return all;
	}

	/** A default bundle and its translations. */
	record Family(String defaults, Set<String> others) {

		@Override
		public String toString() {
			return this.defaults;
		}

	}

	private static Set<String> union(String first, Set<String> rest) {
		Set<String> all = new TreeSet<>(rest);
		all.add(first);
		return all;
	}

}
