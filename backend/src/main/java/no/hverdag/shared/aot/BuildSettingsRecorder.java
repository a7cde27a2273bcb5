package no.hverdag.shared.aot;

import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * At the end of Spring AOT's processing of a context, writes what the conditions read
 * ({@link SettingsReadTracker}) with the build's values into the jar, one file per
 * context (the application and the management server's child context), for
 * {@link AotStartGuard} to compare at start.
 */
public final class BuildSettingsRecorder implements BeanFactoryInitializationAotProcessor {

	@Override
	public BeanFactoryInitializationAotContribution processAheadOfTime(ConfigurableListableBeanFactory beanFactory) {
		// A child context (the management server's) has the application's sources merged
		// into its own environment, the tracker among them.
		if (!(beanFactory.getBean("environment") instanceof ConfigurableEnvironment environment)
				|| !(environment.getPropertySources()
					.get(SettingsReadTracker.NAME) instanceof SettingsReadTracker tracker)) {
			throw new IllegalStateException("Spring AOT processing without the settings tracker ("
					+ AotBuildTracking.class.getName() + " in META-INF/spring.factories)");
		}
		String context = beanFactory instanceof DefaultListableBeanFactory factory ? factory.getSerializationId()
				: null;
		return (generation, code) -> generation.getGeneratedFiles()
			.addResourceFile(BuildSettings.resource(context == null ? "application" : context),
					BuildSettings.of(tracker.getSource(), environment).write());
	}

}
