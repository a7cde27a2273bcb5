package no.hverdag.seed.internal;

import java.time.Duration;
import java.util.List;

import no.hverdag.shared.StartupStep;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo seeds exist in every start (a Spring AOT image decides nothing about them at
 * build time) and, with {@code hverdag.seed.demo} off, are done at once on the start path
 * without touching the store: made here without any store, a step that reached for one
 * would fail.
 */
class DemoSeedOffTest {

	@Test
	@DisplayName("with the demo off, each demo seed finishes at once on the start path without the store, so readiness does not wait")
	void offDoesNothing() {
		List<DemoContentStep> steps = List.of(new DemoSeed(null, null, null, null, null, null, "issuer", null),
				new BookingDemoSeed(null, null, null, "issuer", null),
				new BuddyDemoSeed(null, null, null, "issuer", null));
		for (DemoContentStep step : steps) {
			step.setAtStart(false, StartupStep.AtStart.BACKGROUND);
			assertThat(step.inBackground()).as("%s in the background", step).isFalse();
			step.start();
			assertThat(step.isRunning()).as("%s done", step).isTrue();
			step.whenDone().block(Duration.ofSeconds(1));
		}
	}

	@Test
	@DisplayName("with the demo on, a seed still runs in the background unless told to run before traffic")
	void onKeepsItsPlace() {
		DemoContentStep step = new BookingDemoSeed(null, null, null, "issuer", null);
		step.setAtStart(true, StartupStep.AtStart.BACKGROUND);
		assertThat(step.inBackground()).isTrue();
		step.setAtStart(true, StartupStep.AtStart.BEFORE_TRAFFIC);
		assertThat(step.inBackground()).isFalse();
	}

}
