package no.hverdag.accounts.internal;

import no.hverdag.shared.StartupStep;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/** Indexes before anyone can be granted anything: uniqueness lives in the database. */
@Component
class AccountsStartup extends StartupStep {

	private final RoleAssignmentStore store;

	private final OneTimeCodes codes;

	AccountsStartup(RoleAssignmentStore store, OneTimeCodes codes) {
		this.store = store;
		this.codes = codes;
	}

	@Override
	protected Mono<?> run() {
		return this.store.createIndexes().then(this.codes.createIndexes());
	}

	@Override
	public int getPhase() {
		return SCHEMA;
	}

}
