package no.hverdag.organisations.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The unique organisation number is an index: create it before the first registration. */
@Component
@Order(0)
class OrganisationsStartup implements ApplicationRunner {

	private final OrganisationStore store;

	OrganisationsStartup(OrganisationStore store) {
		this.store = store;
	}

	@Override
	public void run(ApplicationArguments args) {
		// Start-up, on the main thread, before the demo seed writes anything.
		this.store.createIndexes().block();
	}

}
