package no.hverdag.accounts.internal;

import no.hverdag.shared.StartupStep;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/** Indexes before anyone can be granted anything: uniqueness lives in the database. */
@Component
class AccountsStartup extends StartupStep {

	private final RoleAssignmentStore store;

	AccountsStartup(RoleAssignmentStore store) {
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
