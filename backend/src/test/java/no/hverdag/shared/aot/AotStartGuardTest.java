package no.hverdag.shared.aot;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.aot.AotDetector;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.core.SpringProperties;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** The operator's own switch for the AOT start (ADR 0026, docs/operations.md). */
class AotStartGuardTest {

	@AfterEach
	void reset() {
		SpringProperties.setProperty(AotDetector.AOT_ENABLED, null);
	}

	@Test
	@DisplayName("hverdag.start.aot=false turns the AOT start off even when the JVM asks for it")
	void switchedOff() {
		SpringProperties.setProperty(AotDetector.AOT_ENABLED, "true");
		new AotStartGuard(new DeferredLogs()).postProcessEnvironment(
				new MockEnvironment().withProperty("hverdag.start.aot", "false"), new SpringApplication());
		assertThat(AotDetector.useGeneratedArtifacts()).isFalse();
	}

	@Test
	@DisplayName("Without the AOT start asked for, the guard changes nothing")
	void notAsked() {
		new AotStartGuard(new DeferredLogs()).postProcessEnvironment(
				new MockEnvironment().withProperty("hverdag.start.aot", "false"), new SpringApplication());
		assertThat(SpringProperties.getProperty(AotDetector.AOT_ENABLED)).isNull();
	}

}
