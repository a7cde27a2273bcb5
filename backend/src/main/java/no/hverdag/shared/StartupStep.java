package no.hverdag.shared;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;

/**
 * Work that must be done before the first request is served: indexes that hold
 * invariants, reference data, the demo seed, the in-memory search index. Steps run in
 * phase order during start-up, on the main thread, all before the web server starts
 * accepting connections (its lifecycle phase is far later). The one deliberate
 * {@code block()} of the application lives here.
 * <p>
 * A step that is derived work nobody's correctness hangs on until it is used (the search
 * index) may run {@linkplain #inBackground() in the background} instead (issue 18): the
 * server starts while it runs, readiness ({@code /readyz}) stays down until it is done,
 * and {@link StartupGate} holds back what depends on it. Recovery steps never do. In an
 * application context, background steps run one after another once every step on the
 * start path is done ({@link BackgroundStartup}), so they never overlap one.
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

	private final Sinks.Empty<Void> done = Sinks.empty();

	/** The queue of background steps; null: none (a step made outside a context). */
	private Supplier<BackgroundStartup> background = () -> null;

	/**
	 * When a step that may run in the background does: the value of its
	 * {@code ...at-start} setting ({@code background} or {@code before-traffic}).
	 */
	public enum AtStart {

		/**
		 * After the steps on the start path, once the servers listen; {@code /readyz}
		 * says "not ready" and writes wait until it is done.
		 */
		BACKGROUND,

		/** Before the server starts (the tests, so that none meets a node not ready). */
		BEFORE_TRAFFIC

	}

	/** Whether this step runs in the background: its {@code ...at-start} setting. */
	private final boolean runsInBackground;

	/** A step on the start path. */
	protected StartupStep() {
		this(AtStart.BEFORE_TRAFFIC);
	}

	/** A step that runs where its {@code ...at-start} setting says. */
	protected StartupStep(AtStart atStart) {
		this.runsInBackground = atStart == AtStart.BACKGROUND;
	}

	/** The work of this step. */
	protected abstract Mono<?> run();

	/**
	 * Whether the server may start while this step runs. Only for work that
	 * {@link StartupGate} can hold requests back for; never for recovery of an invariant.
	 */
	protected boolean inBackground() {
		return this.runsInBackground;
	}

	/**
	 * Background steps wait for the start path and for each other through it; without it
	 * (a step made outside a context) a background step starts at once.
	 */
	final void setBackgroundStartup(BackgroundStartup background) {
		this.background = () -> background;
	}

	/**
	 * Looked up when the step starts, not injected: Spring starts a lifecycle bean's
	 * injected dependencies before the bean itself, so an injected
	 * {@link BackgroundStartup} would be started with the first background step (phase
	 * {@link #CONTENT}) and let it run beside the recovery steps and the servers' start.
	 */
	@Autowired
	final void setBackgroundStartupProvider(ObjectProvider<BackgroundStartup> background) {
		this.background = background::getIfAvailable;
	}

	@Override
	public final void start() {
		if (inBackground()) {
			// Timed from when its turn comes, not from when it was queued.
			Mono<Void> work = Mono.defer(() -> {
				long started = System.nanoTime();
				return run().timeout(LIMIT).then(Mono.fromRunnable(() -> finished(started)));
			});
			BackgroundStartup queue = this.background.get();
			(queue != null ? queue.after(work) : work).subscribe(null, error -> {
				LoggerFactory.getLogger(StartupStep.class)
					.error("Start-up step {} failed in the background; the node stays not ready", getClass().getName(),
							error);
				this.done.tryEmitError(error);
			});
			return;
		}
		long started = System.nanoTime();
		run().block(LIMIT);
		finished(started);
	}

	private void finished(long started) {
		this.running = true;
		this.done.tryEmitEmpty();
		// What a restart spends its time on (issue 11: a restart must take seconds).
		LoggerFactory.getLogger(StartupStep.class)
			.info("Start-up step {} done in {} ms{}", getClass().getName(),
					TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
					inBackground() ? " (in the background)" : "");
	}

	/** Completes when this step has finished (at once for one that has). */
	public final Mono<Void> whenDone() {
		return this.done.asMono();
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
