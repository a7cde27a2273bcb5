package no.hverdag.humanlibrary.internal;

import no.hverdag.humanlibrary.Sessions;
import no.hverdag.humanlibrary.SlotPlanner;
import no.hverdag.shared.StartupStep;
import reactor.core.publisher.Mono;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slots for the next two weeks, planned at start (after any seed) and again every night.
 */
@Component
class HumanLibraryStartup extends StartupStep {

	private final HumanLibraryStore store;

	private final SlotPlanner planner;

	private final Sessions sessions;

	HumanLibraryStartup(HumanLibraryStore store, SlotPlanner planner, Sessions sessions) {
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
