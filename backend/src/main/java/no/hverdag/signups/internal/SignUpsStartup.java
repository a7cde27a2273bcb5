package no.hverdag.signups.internal;

import no.hverdag.shared.StartupStep;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/** The unique indexes the sign-up invariants rest on, before the first request. */
@Component
class SignUpsStartup extends StartupStep {

	private final SignUpStore store;

	SignUpsStartup(SignUpStore store) {
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
