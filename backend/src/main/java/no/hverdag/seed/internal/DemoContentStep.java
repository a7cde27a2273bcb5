package no.hverdag.seed.internal;

import no.hverdag.shared.StartupStep;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * A demo seed: content, not what the first answer or crash recovery needs (issue 18), so
 * it runs in the background unless {@code hverdag.seed.at-start} says
 * {@code before-traffic} ({@link SeedAtStart}).
 */
abstract class DemoContentStep extends StartupStep {

	private boolean background = true;

	@Autowired
	final void setAtStart(@Value("${hverdag.seed.at-start:background}") SeedAtStart atStart) {
		this.background = atStart == SeedAtStart.BACKGROUND;
	}

	@Override
	protected boolean inBackground() {
		return this.background;
	}

}
