package no.hverdag.shared.aot;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the AOT start is compared on (ADR 0026): the settings the build's conditions read,
 * as a condition sees them.
 */
class BuildSettingsTest {

	private static final List<String> READ = List.of("hverdag.seed.demo", "hverdag.example", "spring.mail.host",
			"server.port", "management.server.port", "PORT", "PORT:8080", "spring.security.oauth2.client.registration");

	private static MockEnvironment build() {
		return new MockEnvironment().withProperty("hverdag.seed.demo", "false")
			.withProperty("server.port", "8080")
			.withProperty("management.server.port", "8081");
	}

	/** What the build writes into the jar, read back as the start reads it. */
	private static BuildSettings recorded() throws Exception {
		String file = BuildSettings.of(READ, build()).write();
		return BuildSettings.read(new ByteArrayResource(file.getBytes(StandardCharsets.ISO_8859_1)));
	}

	@Test
	@DisplayName("The build's own configuration fits the AOT start")
	void sameConfiguration() throws Exception {
		assertThat(recorded().differencesFrom(build())).isEmpty();
	}

	@Test
	@DisplayName("A changed value, a newly set setting, one no longer set, and settings below a name are differences")
	void differences() throws Exception {
		BuildSettings recorded = recorded();
		assertThat(recorded.differencesFrom(build().withProperty("hverdag.seed.demo", "true")))
			.containsExactly("hverdag.seed.demo (another value than when built)");
		assertThat(recorded.differencesFrom(build().withProperty("spring.mail.host", "smtp.example.no")))
			.containsExactly("spring.mail.host (not set when built)");
		MockEnvironment withoutDemo = new MockEnvironment().withProperty("server.port", "8080")
			.withProperty("management.server.port", "8081");
		assertThat(recorded.differencesFrom(withoutDemo))
			.containsExactly("hverdag.seed.demo (set when built, not now)");
		// A map or list under a name (how Boot binds registrations, for example).
		assertThat(recorded.differencesFrom(build().withProperty("hverdag.example.one", "x")))
			.containsExactly("hverdag.example (not set when built)");
	}

	@Test
	@DisplayName("Ports count only as whether the management server is separate, the same, or off")
	void managementPortType() throws Exception {
		BuildSettings recorded = recorded();
		assertThat(recorded
			.differencesFrom(build().withProperty("server.port", "0").withProperty("management.server.port", "9001")))
			.isEmpty();
		assertThat(recorded.differencesFrom(build().withProperty("management.server.port", "8080")))
			.containsExactly("management.server.port-type (another value than when built)");
		assertThat(recorded.differencesFrom(build().withProperty("management.server.port", "-1")))
			.containsExactly("management.server.port-type (another value than when built)");
	}

	@Test
	@DisplayName("A placeholder's own lookups and settings Hverdag decides at run time are not compared")
	void notCompared() throws Exception {
		BuildSettings recorded = recorded();
		assertThat(recorded.differencesFrom(build().withProperty("PORT", "9000")
			.withProperty("spring.security.oauth2.client.registration.idporten.client-id", "hverdag"))).isEmpty();
		assertThat(recorded.size()).isEqualTo(4);
	}

	@Test
	@DisplayName("Another active profile is a difference")
	void profiles() throws Exception {
		MockEnvironment withProfile = build();
		withProfile.setActiveProfiles("kiosk");
		assertThat(recorded().differencesFrom(withProfile)).containsExactly("active profiles [kiosk] (built with [])");
	}

}
