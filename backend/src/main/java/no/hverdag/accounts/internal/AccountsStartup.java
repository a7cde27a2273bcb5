package no.hverdag.accounts.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Indexes before anyone can be granted anything: uniqueness lives in the database. */
@Component
@Order(0)
class AccountsStartup implements ApplicationRunner {

	private final RoleAssignmentStore store;

	AccountsStartup(RoleAssignmentStore store) {
		this.store = store;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.store.createIndexes().block();
	}

}
