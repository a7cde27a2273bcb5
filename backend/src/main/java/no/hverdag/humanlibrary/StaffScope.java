package no.hverdag.humanlibrary;

import no.hverdag.accounts.AccessControl;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.Actor;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/** The library, if the actor is its staff (or a platform admin); 403 otherwise. */
@Component
public class StaffScope {

	private final Libraries libraries;

	private final AccessControl accessControl;

	StaffScope(Libraries libraries, AccessControl accessControl) {
		this.libraries = libraries;
		this.accessControl = accessControl;
	}

	public Mono<Library> of(Actor staff, String libraryId) {
		return this.libraries.find(libraryId)
			.zipWith(this.accessControl.rolesOf(staff))
			.flatMap(found -> found.getT2().staffOf(libraryId) ? Mono.just(found.getT1())
					: Mono.error(new HverdagException.Forbidden("error.forbidden.library")));
	}

}
