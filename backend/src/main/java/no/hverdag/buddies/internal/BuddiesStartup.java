package no.hverdag.buddies.internal;

import no.hverdag.shared.StartupStep;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/** The unique indexes the buddy invariants rest on, before the first request. */
@Component
class BuddiesStartup extends StartupStep {

	private final BuddyStore store;

	BuddiesStartup(BuddyStore store) {
		this.store = store;
	}

	@Override
	protected Mono<?> run() {
		return this.store.createIndexes();
	}

	@Override
	public int getPhase() {
		return SCHEMA;
	}

}
