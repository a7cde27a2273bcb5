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
		String context = contextName(beanFactory);
		return (generation, code) -> generation.getGeneratedFiles()
			.addResourceFile(BuildSettings.resource(context),
					BuildSettings.of(tracker.getSource(), environment).write());
	}

	/**
	 * The application's context, or the one child context it has: the management
	 * server's.
	 */
	private static String contextName(ConfigurableListableBeanFactory beanFactory) {
		if (beanFactory.getParentBeanFactory() == null) {
			return BuildSettings.CONTEXTS.get(0);
		}
		String id = beanFactory instanceof DefaultListableBeanFactory factory ? factory.getSerializationId() : null;
		if (id != null && id.endsWith(BuildSettings.CONTEXTS.get(1))) {
			return BuildSettings.CONTEXTS.get(1);
		}
		throw new IllegalStateException("Spring AOT processed a child context the start-up check does not know (" + id
				+ "): add it to BuildSettings.CONTEXTS");
	}

}
