package no.hverdag.shared.aot;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.ConfigurationPropertyState;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * The settings Spring AOT's build read while it decided which beans exist (every
 * {@code @Conditional} on a property), with the value each had then, and the active
 * profiles. The AOT start is right only for a configuration in which all of them are the
 * same.
 */
final class BuildSettings {

	/** Where the build writes them inside the jar, one file per application context. */
	static final String RESOURCES = "META-INF/hverdag/aot-build-settings/";

	/**
	 * The contexts Spring AOT processes: the application's and the management server's
	 * child. Read by name: searching the class path for them would cost more than the
	 * whole check.
	 */
	static final List<String> CONTEXTS = List.of("application", "management");

	static String resource(String context) {
		return RESOURCES + context + ".properties";
	}

	private static final String VALUE = "value.";

	private static final String ABSENT = "absent.";

	private static final String PROFILES = "profiles";

	/** A setting's name and its value (null: not set). */
	private final Map<String, String> values;

	private final List<String> profiles;

	private BuildSettings(Map<String, String> values, List<String> profiles) {
		this.values = values;
		this.profiles = profiles;
	}

	/**
	 * Read by a condition, but decided at run time by Hverdag, so its build value does
	 * not matter: our own client registration repository (shared.security) makes Spring
	 * Boot's, which the registrations' presence decides, back off in either start.
	 */
	static final Set<String> DECIDED_AT_RUN_TIME = Set.of("spring.security.oauth2.client.registration");

	/**
	 * The management server's conditions compare its port with the application's; what
	 * they decide is only whether it is separate, the same, or off.
	 */
	static final String MANAGEMENT_PORT_TYPE = "management.server.port-type";

	/** A setting with no value of its own but settings below it (a map, a list). */
	static final String SET_BELOW = "<settings below>";

	/** The given settings as the environment has them now. */
	static BuildSettings of(Iterable<String> names, Environment environment) {
		Set<String> read = new TreeSet<>();
		// A placeholder's own lookups (PORT, PORT:8080) are not settings; the setting
		// that holds the placeholder is.
		names.forEach(name -> {
			if (ConfigurationPropertyName.isValid(name) && !DECIDED_AT_RUN_TIME.contains(name)) {
				read.add(name);
			}
		});
		if (read.remove("management.server.port")) {
			read.remove("server.port");
			read.add(MANAGEMENT_PORT_TYPE);
		}
		Map<String, String> values = new TreeMap<>();
		read.forEach(name -> values.put(name, state(name, environment)));
		return new BuildSettings(values, List.of(environment.getActiveProfiles()));
	}

	/**
	 * What a condition can see of a setting: its value, settings below it, or nothing.
	 */
	static String state(String name, Environment environment) {
		if (MANAGEMENT_PORT_TYPE.equals(name)) {
			return ManagementPortType.get(environment).name();
		}
		String value = environment.getProperty(name);
		if (value != null) {
			return value;
		}
		ConfigurationPropertyName property = ConfigurationPropertyName.of(name);
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
			if (source.containsDescendantOf(property) == ConfigurationPropertyState.PRESENT) {
				return SET_BELOW;
			}
		}
		return null;
	}

	/**
	 * What the build recorded for all its contexts, or null when it recorded nothing (no
	 * AOT code was built).
	 */
	static BuildSettings read(ClassLoader classLoader) {
		try {
			Map<String, String> values = new TreeMap<>();
			List<String> profiles = null;
			for (String context : CONTEXTS) {
				Resource file = new ClassPathResource(resource(context), classLoader);
				if (file.exists()) {
					BuildSettings one = read(file);
					values.putAll(one.values);
					profiles = one.profiles;
				}
			}
			return (profiles != null) ? new BuildSettings(values, profiles) : null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static BuildSettings read(Resource file) throws IOException {
		try (InputStream in = file.getInputStream()) {
			Properties properties = new Properties();
			properties.load(in);
			Map<String, String> values = new TreeMap<>();
			for (String key : properties.stringPropertyNames()) {
				if (key.startsWith(VALUE)) {
					values.put(key.substring(VALUE.length()), properties.getProperty(key));
				}
				else if (key.startsWith(ABSENT)) {
					values.put(key.substring(ABSENT.length()), null);
				}
			}
			String profiles = properties.getProperty(PROFILES, "");
			return new BuildSettings(values, profiles.isEmpty() ? List.of() : Arrays.asList(profiles.split(",")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The file the build writes. */
	String write() {
		Properties properties = new Properties();
		this.values.forEach((name, value) -> {
			if (value == null) {
				properties.setProperty(ABSENT + name, "");
			}
			else {
				properties.setProperty(VALUE + name, value);
			}
		});
		properties.setProperty(PROFILES, String.join(",", this.profiles));
		StringWriter out = new StringWriter();
		try {
			properties.store(out, "Read by Spring AOT's conditions at build time (ADR 0026); do not edit");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/**
	 * What differs in the given environment from the build, one line per setting (names
	 * and whether set only: a value may be a secret); empty when the AOT start fits.
	 */
	List<String> differencesFrom(Environment environment) {
		List<String> differences = new ArrayList<>();
		this.values.forEach((name, built) -> {
			String now = state(name, environment);
			if (!Objects.equals(built, now)) {
				differences.add(name + (built == null ? " (not set when built)"
						: now == null ? " (set when built, not now)" : " (another value than when built)"));
			}
		});
		List<String> profilesNow = List.of(environment.getActiveProfiles());
		if (!profilesNow.equals(this.profiles)) {
			differences.add("active profiles " + profilesNow + " (built with " + this.profiles + ")");
		}
		return differences;
	}

	int size() {
		return this.values.size();
	}

}
