package no.hverdag.shared;

import java.time.Duration;

import org.springframework.boot.autoconfigure.context.LifecycleProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.DefaultLifecycleProcessor;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * The schema steps ({@link StartupStep#SCHEMA}: each module's indexes on its own
 * collections, nothing that reads another's) start side by side instead of one after
 * another: each is mostly waiting on round trips to the store, and together they were
 * about half of the start path on a restart (issue 18). Every later phase (reference
 * data, recovery, derived work) keeps its order, and the web server still starts only
 * after all of them.
 */
@Configuration(proxyBeanMethods = false)
class StartupPhases {

	/** As long as a step may take on the start path ({@link StartupStep}). */
	private static final Duration PHASE_LIMIT = Duration.ofMinutes(5);

	/** Spring Boot's own, with the schema phase concurrent. */
	@Bean(AbstractApplicationContext.LIFECYCLE_PROCESSOR_BEAN_NAME)
	static DefaultLifecycleProcessor lifecycleProcessor(LifecycleProperties properties) {
		DefaultLifecycleProcessor processor = new DefaultLifecycleProcessor();
		processor.setTimeoutPerShutdownPhase(properties.getTimeoutPerShutdownPhase().toMillis());
		processor.setConcurrentStartupForPhase(StartupStep.SCHEMA, PHASE_LIMIT.toMillis());
		return processor;
	}

	/**
	 * The threads the concurrent phase starts its steps on: a few, only while starting.
	 */
	@Bean(ConfigurableApplicationContext.BOOTSTRAP_EXECUTOR_BEAN_NAME)
	static SimpleAsyncTaskExecutor bootstrapExecutor() {
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("start-");
		executor.setConcurrencyLimit(4);
		return executor;
	}

}
