package no.hverdag.shared;

import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the start-up steps that may run {@linkplain StartupStep#inBackground() in the
 * background} one after another, in the order they were started (phase order), and only
 * once every step on the start path has finished (issue 18). So background work never
 * overlaps a recovery step or reads what a step before traffic is still writing, and a
 * later background step sees everything an earlier one wrote: the search index is built
 * after the demo seed, exactly as when both ran before the server started. They begin
 * once both servers listen.
 */
@Component
public class BackgroundStartup implements SmartLifecycle {

	/**
	 * After every start-up step's phase and after the web server's (Spring Boot starts it
	 * at {@code SmartLifecycle.DEFAULT_PHASE - 2048}): background work then takes no CPU
	 * from starting the servers, which on two cores is what the first answer waits for
	 * (issue 18, docs/performance.md "Fifth round").
	 */
	static final int PHASE = SmartLifecycle.DEFAULT_PHASE;

	private final Sinks.Empty<Void> startPathDone = Sinks.empty();

	private Mono<Void> tail = this.startPathDone.asMono();

	private volatile boolean running;

	/**
	 * The work, to run once the start path and every background step queued before it are
	 * done (whether or not those succeeded). Subscribe to start waiting.
	 */
	synchronized Mono<Void> after(Mono<Void> work) {
		Mono<Void> next = this.tail.then(work).cache();
		this.tail = next.onErrorResume(error -> Mono.empty());
		return next;
	}

	@Override
	public void start() {
		this.running = true;
		this.startPathDone.tryEmitEmpty();
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
		return PHASE;
	}

}
