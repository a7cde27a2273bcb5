package no.hverdag.humanlibrary.internal;

import no.hverdag.humanlibrary.Library;
import no.hverdag.shared.ScopeNames;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/** A library staff member's scope is a library id: named as the library. */
@Component
class LibraryScopeNames implements ScopeNames {

	private final HumanLibraryStore store;

	LibraryScopeNames(HumanLibraryStore store) {
		this.store = store;
	}

	@Override
	public String role() {
		return "LIBRARY_STAFF";
	}

	@Override
	public Mono<String> name(String scope) {
		return this.store.library(scope).map(Library::name);
	}

}
