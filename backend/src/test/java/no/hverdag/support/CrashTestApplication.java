package no.hverdag.support;

import java.io.IOException;

import no.hverdag.HverdagApplication;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * The application exactly as {@code java -jar} runs it, started from the test class path
 * by {@code CrashConsistencyTest} in a child JVM it can kill. The test sources' own
 * configurations (the dev identity provider, the fixed test clock) are left out, as a
 * packaged jar has none of them.
 */
public final class CrashTestApplication {

	private CrashTestApplication() {
	}

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(HverdagApplication.class);
		application.addInitializers(context -> context.getBeanFactory()
			.registerSingleton(NoTestConfigurations.class.getName(), new NoTestConfigurations()));
		application.run(args);
	}

	/** Leaves {@code @TestConfiguration} classes out of component scanning. */
	static final class NoTestConfigurations extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
			return reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName());
		}

		@Override
		public boolean equals(Object other) {
			return other != null && other.getClass() == getClass();
		}

		@Override
		public int hashCode() {
			return getClass().hashCode();
		}

	}

}
