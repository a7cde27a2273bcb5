package no.hverdag.shared;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.context.SmartLifecycle;

/**
 * Work that must be done before the first request is served: indexes that hold
 * invariants, reference data, the demo seed, the in-memory search index. Steps run in
 * phase order during start-up, on the main thread, all before the web server starts
 * accepting connections (its lifecycle phase is far later). The one deliberate
 * {@code block()} of the application lives here.
 */
public abstract class StartupStep implements SmartLifecycle {

	/** Indexes and other schema that invariants rely on. */
	public static final int SCHEMA = 0;

	/** Reference data every other module validates against. */
	public static final int REFERENCE_DATA = 10;

	/** Content loaded into the store (demo seed, migrations). */
	public static final int CONTENT = 50;

	/** What is derived from stored content: search index, planned slots. */
	public static final int DERIVED = 100;

	private static final Duration LIMIT = Duration.ofMinutes(5);

	private volatile boolean running;

	/** The work of this step. */
	protected abstract Mono<?> run();

	@Override
	public final void start() {
		long started = System.nanoTime();
		run().block(LIMIT);
		this.running = true;
		// What a restart spends its time on (issue 11: a restart must take seconds).
		LoggerFactory.getLogger(StartupStep.class)
			.info("Start-up step {} done in {} ms", getClass().getName(),
					TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
	}

	@Override
	public final void stop() {
		this.running = false;
	}

	@Override
	public final boolean isRunning() {
		return this.running;
	}

}
