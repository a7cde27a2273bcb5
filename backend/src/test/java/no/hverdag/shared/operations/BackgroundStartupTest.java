package no.hverdag.shared.operations;

import java.util.Map;

import no.hverdag.shared.StartupGate;
import no.hverdag.shared.StartupStep;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: a start-up step that runs in the background keeps the node not ready, and
 * holds back what waits on {@link StartupGate}, until it has finished; a step on the
 * start path is done when {@code start()} returns.
 */
class BackgroundStartupTest {

	@Test
	@DisplayName("a background step leaves the node not ready and the gate closed until its work is done")
	void backgroundStepKeepsNodeNotReady() {
		Sinks.Empty<Void> work = Sinks.empty();
		StartupStep step = new Step(work.asMono(), true);
		StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("step", step));
		StartupGate gate = new StartupGate(beans.getBeanProvider(StartupStep.class));
		StartupHealthIndicator health = new StartupHealthIndicator(beans.getBeanProvider(StartupStep.class));

		step.start();
		assertThat(step.isRunning()).isFalse();
		assertThat(health.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
		assertThat(gate.isOpen()).isFalse();
		boolean[] passed = { false };
		gate.ready().doOnSuccess(done -> passed[0] = true).subscribe();
		assertThat(passed[0]).as("what waits on the gate before the work is done").isFalse();

		work.tryEmitEmpty();
		assertThat(passed[0]).as("what waited, once the work is done").isTrue();
		assertThat(step.isRunning()).isTrue();
		assertThat(health.health().getStatus()).isEqualTo(Status.UP);
		assertThat(gate.isOpen()).isTrue();
	}

	@Test
	@DisplayName("a step on the start path has finished when start returns")
	void blockingStepIsDoneAfterStart() {
		StartupStep step = new Step(Mono.empty(), false);
		StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("step", step));
		StartupGate gate = new StartupGate(beans.getBeanProvider(StartupStep.class));

		step.start();
		assertThat(step.isRunning()).isTrue();
		assertThat(gate.isOpen()).isTrue();
		assertThat(gate.ready().block()).isNull();
	}

	private static final class Step extends StartupStep {

		private final Mono<?> work;

		private final boolean background;

		Step(Mono<?> work, boolean background) {
			this.work = work;
			this.background = background;
		}

		@Override
		protected Mono<?> run() {
			return this.work;
		}

		@Override
		protected boolean inBackground() {
			return this.background;
		}

	}

}
