package no.hverdag.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

@DisplayName("The message bundles")
class MessageBundlesTest {

	private static final String DEFAULT = "i18n/messages.properties";

	private static final Set<String> OTHERS = Set.of("i18n/messages_en.properties", "i18n/messages_ar.properties");

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

	@Test
	@DisplayName("have every default key in every other language")
	void everyDefaultKeyIsTranslated() throws IOException {
		Set<String> defaults = load(DEFAULT).stringPropertyNames();
		for (String other : OTHERS) {
			assertThat(load(other).stringPropertyNames()).as("keys in %s", other).containsAll(defaults);
		}
	}

	@Test
	@DisplayName("have no key in another language that the default bundle lacks")
	void noKeyOnlyInTranslation() throws IOException {
		Set<String> defaults = load(DEFAULT).stringPropertyNames();
		for (String other : OTHERS) {
			assertThat(defaults).as("default keys, compared with %s", other)
				.containsAll(load(other).stringPropertyNames());
		}
	}

	@Test
	@DisplayName("have no blank text")
	void noBlankValues() throws IOException {
		for (String path : union(DEFAULT, OTHERS)) {
			Properties bundle = load(path);
			Map<String, String> blank = new TreeMap<>();
			bundle.stringPropertyNames()
				.stream()
				.filter(key -> bundle.getProperty(key).isBlank())
				.forEach(key -> blank.put(key, bundle.getProperty(key)));
			assertThat(blank).as("blank values in %s", path).isEmpty();
		}
	}

	@Test
	@DisplayName("use the same {n} placeholders for a key in every language")
	void samePlaceholders() throws IOException {
		Properties defaults = load(DEFAULT);
		for (String other : OTHERS) {
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
	@DisplayName("contain every key a template names literally")
	void templateKeysExist() throws IOException {
		Set<String> defaults = load(DEFAULT).stringPropertyNames();
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
		assertThat(missing).as("keys used in templates but missing from %s", DEFAULT).isEmpty();
	}

	private static Set<String> union(String first, Set<String> rest) {
		Set<String> all = new TreeSet<>(rest);
		all.add(first);
		return all;
	}

}
