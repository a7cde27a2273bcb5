package no.hverdag.humanlibrary.internal;

import no.hverdag.humanlibrary.Sessions;
import no.hverdag.humanlibrary.SlotPlanner;
import no.hverdag.shared.StartupStep;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slots for the next two weeks, planned at start (after any seed) and again every night.
 * <p>
 * By default the start-up planning runs in the background (issue 18,
 * {@code hverdag.human-library.plan-at-start=background}): after a restart the slots of
 * the coming two weeks are already there but for a new day at most, so a patron may look
 * at them at once, while {@code /readyz} says "not ready" and bookings wait until the
 * planning is done ({@code StartupWriteGate}). {@code before-traffic} plans before the
 * server starts (the tests, so that none meets a library without its slots).
 */
@Component
class HumanLibraryStartup extends StartupStep {

	private final HumanLibraryStore store;

	private final SlotPlanner planner;

	private final Sessions sessions;

	HumanLibraryStartup(HumanLibraryStore store, SlotPlanner planner, Sessions sessions,
			@Value("${hverdag.human-library.plan-at-start:background}") AtStart planAtStart) {
		super(planAtStart);
		this.store = store;
		this.planner = planner;
		this.sessions = sessions;
	}

	@Override
	protected Mono<?> run() {
		return this.store.createIndexes().then(this.planner.planAhead()).then(this.sessions.planAhead());
	}

	@Override
	public int getPhase() {
		return DERIVED;
	}

	@Scheduled(cron = "0 5 0 * * *", zone = "Europe/Oslo")
	void nightly() {
		this.planner.planAhead().then(this.sessions.planAhead()).subscribe();
	}

}
