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
	private static final List<Family> FAMILIES = List.of(
			new Family("i18n/messages.properties",
					Set.of("i18n/messages_en.properties", "i18n/messages_ar.properties")),
			new Family("i18n/privacy.properties", Set.of("i18n/privacy_en.properties", "i18n/privacy_ar.properties")));

	private static final String PRIVACY_PREFIX = "privacy.";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[,}]");

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");

	private static Properties load(String path) throws IOException {
		InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(path);
		assertThat(in).as("%s on the classpath", path).isNotNull();
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
			found.add(matcher.group(1));
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
