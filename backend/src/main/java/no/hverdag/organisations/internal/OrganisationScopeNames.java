package no.hverdag.organisations.internal;

import no.hverdag.organisations.Organisation;
import no.hverdag.shared.ScopeNames;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/** A member's scope is an organisation id: named as the organisation. */
@Component
class OrganisationScopeNames implements ScopeNames {

	private final OrganisationStore store;

	OrganisationScopeNames(OrganisationStore store) {
		this.store = store;
	}

	@Override
	public String role() {
		return "ORGANISATION_MEMBER";
	}

	@Override
	public Mono<String> name(String scope) {
		return this.store.find(scope).map(Organisation::name);
	}

}
