package no.hverdag.shared.aot;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;

import org.springframework.aot.AotDetector;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.SpringProperties;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Asked for the AOT start ({@code -Dspring.aot.enabled=true}, the image), uses it only
 * when every setting the build's conditions read still has its build value; otherwise the
 * regular start, which reads the configuration as it is, and a warning naming what
 * differs. The AOT code is then slower to not use, never wrong (ADR 0026). Runs after the
 * configuration files are read, before the application context is chosen.
 */
public final class AotStartGuard implements EnvironmentPostProcessor, Ordered {

	private final Log log;

	public AotStartGuard(DeferredLogFactory logs) {
		this.log = logs.getLog(AotStartGuard.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!AotDetector.useGeneratedArtifacts()) {
			return;
		}
		if (!environment.getProperty("hverdag.start.aot", Boolean.class, true)) {
			regularStart("hverdag.start.aot is false");
			return;
		}
		long started = System.nanoTime();
		BuildSettings built = BuildSettings.read(application.getClassLoader());
		if (built == null) {
			regularStart("this build has no AOT code (no " + BuildSettings.RESOURCES + ")");
			return;
		}
		List<String> differences = built.differencesFrom(environment);
		if (!differences.isEmpty()) {
			regularStart("these settings differ from the build's: " + String.join(", ", differences));
			return;
		}
		this.log
			.info("AOT start: the " + built.size() + " settings the build's conditions read are unchanged (checked in "
					+ TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) + " ms)");
	}

	private void regularStart(String why) {
		this.log.warn("Not using the AOT start, " + why + "; starting the regular way (slower, same result)");
		SpringProperties.setProperty(AotDetector.AOT_ENABLED, "false");
	}

	@Override
	public int getOrder() {
		// After every source of settings is in place (configuration files, random values,
		// JSON).
		return Ordered.LOWEST_PRECEDENCE;
	}

}
