package no.hverdag.shared;

import java.time.Duration;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Holds back what depends on start-up work that runs
 * {@linkplain StartupStep#inBackground() in the background} until that work is done:
 * searches wait for the search index instead of answering from half of it, and writes
 * wait (see {@code StartupWriteGate}) so that none can be indexed before the start-up
 * rebuild overwrites it with what it read earlier. Once everything is done this is a
 * volatile read.
 */
@Component
public class StartupGate {

	/**
	 * Longer than any start-up step may take; then the request fails instead of hanging.
	 */
	private static final Duration LIMIT = Duration.ofMinutes(6);

	private final ObjectProvider<StartupStep> steps;

	private volatile boolean open;

	public StartupGate(ObjectProvider<StartupStep> steps) {
		this.steps = steps;
	}

	/** Whether no start-up step is still running in the background. */
	public boolean isOpen() {
		if (this.open) {
			return true;
		}
		boolean all = this.steps.orderedStream().allMatch(StartupStep::isRunning);
		this.open = all;
		return all;
	}

	/** Completes once no start-up step runs in the background any more. */
	public Mono<Void> ready() {
		if (isOpen()) {
			return Mono.empty();
		}
		List<Mono<Void>> pending = this.steps.orderedStream()
			.filter(step -> !step.isRunning())
			.map(StartupStep::whenDone)
			.toList();
		return Mono.when(pending).timeout(LIMIT).doOnSuccess(done -> this.open = true);
	}

}
