package no.hverdag.shared;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StartupMarksTest {

	@Test
	@DisplayName("a step's checksum reads its class and seed files whatever the thread's context class loader is")
	void readsThroughTheApplicationsClassLoader() throws Exception {
		// A common-pool thread in the packaged jar has the system class loader as its
		// context
		// loader, which cannot see the application's classes: the demo seeds then failed
		// in the
		// background and the node stayed not ready. A loader that sees only the JDK
		// stands in.
		AtomicReference<Object> read = new AtomicReference<>();
		try (URLClassLoader jdkOnly = new URLClassLoader(new URL[0], null)) {
			Thread thread = new Thread(() -> {
				try {
					read.set(StartupMarks.checksum(StartupMarks.code(StartupMarksTest.class),
							StartupMarks.resource("seed-data/municipalities.json")));
				}
				catch (RuntimeException ex) {
					read.set(ex);
				}
			});
			thread.setContextClassLoader(jdkOnly);
			thread.start();
			thread.join(60_000);
		}
		assertThat(read.get()).as("the checksum, not an error").isInstanceOf(String.class);
		assertThat(StartupMarks.code(StartupMarksTest.class)).isNotEmpty();
	}

}
