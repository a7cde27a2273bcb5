package no.hverdag.shared;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18, in a real application context: a background step (the demo seeds' phase)
 * begins only after every step on the start path (a recovery step's phase) and after the
 * web server has started. Spring starts a lifecycle bean's injected dependencies before
 * the bean itself, which once started the background queue with the first background
 * step, beside the recovery steps.
 */
class BackgroundStartupInContextTest {

	/** Spring Boot's phase for starting the web server. */
	private static final int WEB_SERVER_PHASE = SmartLifecycle.DEFAULT_PHASE - 2048;

	@Test
	@DisplayName("background work begins after the start path's steps and after the web server started")
	void afterStartPathAndServer() {
		List<String> order = new CopyOnWriteArrayList<>();
		// With the annotation processors, as in the application: @Autowired is honoured.
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
			context.registerBean(BackgroundStartup.class);
			context.registerBean("seed", Step.class,
					() -> new Step("background seed", StartupStep.CONTENT, true, order));
			context.registerBean("recovery", Step.class,
					() -> new Step("recovery on the start path", StartupStep.DERIVED, false, order));
			context.registerBean("server", Server.class, () -> new Server(order));
			context.refresh();
			assertThat(order).containsExactly("recovery on the start path", "web server", "background seed");
		}
	}

	static final class Step extends StartupStep {

		private final String name;

		private final int phase;

		private final boolean background;

		private final List<String> order;

		Step(String name, int phase, boolean background, List<String> order) {
			this.name = name;
			this.phase = phase;
			this.background = background;
			this.order = order;
		}

		@Override
		protected Mono<?> run() {
			return Mono.fromRunnable(() -> this.order.add(this.name));
		}

		@Override
		protected boolean inBackground() {
			return this.background;
		}

		@Override
		public int getPhase() {
			return this.phase;
		}

	}

	static final class Server implements SmartLifecycle {

		private final List<String> order;

		private volatile boolean running;

		Server(List<String> order) {
			this.order = order;
		}

		@Override
		public void start() {
			this.order.add("web server");
			this.running = true;
		}

		@Override
		public void stop() {
			this.running = false;
		}

		@Override
		public boolean isRunning() {
			return this.running;
		}

		@Override
		public int getPhase() {
			return WEB_SERVER_PHASE;
		}

	}

}
