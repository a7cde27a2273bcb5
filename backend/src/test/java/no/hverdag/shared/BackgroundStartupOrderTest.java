package no.hverdag.shared;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: background start-up steps (the demo seeds, then the search index) start only
 * once the start path is done, and one after another in the order they were started, so
 * the index reads everything the seeds wrote; one that fails does not stop the next.
 */
class BackgroundStartupOrderTest {

	@Test
	@DisplayName("background steps wait for the start path, then run one after another; a failure does not stop the next")
	void oneAfterAnotherAfterTheStartPath() {
		List<String> began = new ArrayList<>();
		Sinks.Empty<Void> seedWork = Sinks.empty();
		BackgroundStartup background = new BackgroundStartup();
		Step failing = new Step("failing", Mono.error(new IllegalStateException("seed file unreadable")), began);
		Step seed = new Step("seed", seedWork.asMono(), began);
		Step index = new Step("index", Mono.empty(), began);
		for (Step step : List.of(failing, seed, index)) {
			step.setBackgroundStartup(background);
			step.start();
		}
		assertThat(began).as("before the start path is done").isEmpty();

		background.start();
		assertThat(began).as("the failed step does not hold back the next").containsExactly("failing", "seed");
		assertThat(failing.isRunning()).isFalse();
		assertThat(index.isRunning()).isFalse();

		seedWork.tryEmitEmpty();
		assertThat(began).containsExactly("failing", "seed", "index");
		assertThat(seed.isRunning()).isTrue();
		assertThat(index.isRunning()).isTrue();
		assertThat(failing.isRunning()).as("a failed step keeps the node not ready").isFalse();
	}

	private static final class Step extends StartupStep {

		private final String name;

		private final Mono<?> work;

		private final List<String> began;

		Step(String name, Mono<?> work, List<String> began) {
			this.name = name;
			this.work = work;
			this.began = began;
		}

		@Override
		protected Mono<?> run() {
			this.began.add(this.name);
			return this.work;
		}

		@Override
		protected boolean inBackground() {
			return true;
		}

	}

}
