package no.hverdag.humanlibrary.internal;

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

	HumanLibraryStartup(HumanLibraryStore store, SlotPlanner planner) {
		this.store = store;
		this.planner = planner;
	}

	@Override
	protected Mono<?> run() {
		return this.store.createIndexes().then(this.planner.planAhead());
	}

	@Override
	public int getPhase() {
		return DERIVED;
	}

	@Scheduled(cron = "0 5 0 * * *", zone = "Europe/Oslo")
	void nightly() {
		this.planner.planAhead().subscribe();
	}

}
