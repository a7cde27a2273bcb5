package no.hverdag.shared.aot;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * While Spring AOT processes the application (the build's {@code process-aot}), puts the
 * {@link SettingsReadTracker} first, before any configuration class is read. Does nothing
 * in any other run.
 */
public final class AotBuildTracking implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (Boolean.getBoolean("spring.aot.processing")) {
			context.getEnvironment().getPropertySources().addFirst(new SettingsReadTracker());
		}
	}

}
