package no.hverdag.humanlibrary.internal;

import no.hverdag.humanlibrary.SlotPlanner;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Indexes at start; slots for the next two weeks planned at start (after any seed) and every night. */
@Component
@Order(100)
class HumanLibraryStartup implements ApplicationRunner {

	private final HumanLibraryStore store;

	private final SlotPlanner planner;

	HumanLibraryStartup(HumanLibraryStore store, SlotPlanner planner) {
		this.store = store;
		this.planner = planner;
	}

	@Override
	public void run(ApplicationArguments args) {
		// Start-up, on the main thread, so the kiosk has today's slots before it is first asked.
		this.store.createIndexes().then(this.planner.planAhead()).block();
	}

	@Scheduled(cron = "0 5 0 * * *", zone = "Europe/Oslo")
	void nightly() {
		this.planner.planAhead().subscribe();
	}

}
