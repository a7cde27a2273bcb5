package no.hverdag.seed.internal;

import no.hverdag.shared.StartupStep;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * A demo seed: content, not what the first answer or crash recovery needs (issue 18), so
 * it runs in the background unless {@code hverdag.seed.at-start} says
 * {@code before-traffic} ({@link StartupStep.AtStart}).
 * <p>
 * Only with {@code hverdag.seed.demo=true}. The step exists either way and reads the
 * setting when the application starts, not through a bean condition, which Spring AOT
 * would fix at build time (the image is generic). Off, it is done at once on the start
 * path: no store access, nothing for readiness to wait for.
 */
abstract class DemoContentStep extends StartupStep {

	private boolean demo;

	private boolean background = true;

	@Autowired
	final void setAtStart(@Value("${hverdag.seed.demo:false}") boolean demo,
			@Value("${hverdag.seed.at-start:background}") AtStart atStart) {
		this.demo = demo;
		this.background = atStart == AtStart.BACKGROUND;
	}

	/** The demo content, when the demo is on. */
	protected abstract Mono<?> seedDemo();

	@Override
	protected final Mono<?> run() {
		return this.demo ? seedDemo() : Mono.empty();
	}

	@Override
	protected boolean inBackground() {
		return this.demo && this.background;
	}

}
