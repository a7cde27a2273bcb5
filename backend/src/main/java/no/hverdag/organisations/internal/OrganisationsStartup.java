package no.hverdag.organisations.internal;

import no.hverdag.shared.StartupStep;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * The unique organisation number is an index: create it before the first registration.
 */
@Component
class OrganisationsStartup extends StartupStep {

	private final OrganisationStore store;

	OrganisationsStartup(OrganisationStore store) {
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
