package no.hverdag.venues;

import no.hverdag.accounts.AccessControl;
import no.hverdag.organisations.Organisations;
import no.hverdag.shared.security.Actor;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Reads an actor's roles and, if they book for an organisation, whether it is approved.
 */
@Component
public class BookerRights {

	private final AccessControl accessControl;

	private final Organisations organisations;

	BookerRights(AccessControl accessControl, Organisations organisations) {
		this.accessControl = accessControl;
		this.organisations = organisations;
	}

	/**
	 * @param organisation the organisation they book for, or blank for themselves
	 */
	public Mono<Booker> of(Actor actor, String organisation) {
		return this.accessControl.rolesOf(actor).flatMap(roles -> {
			boolean member = organisation != null && !organisation.isBlank() && roles.memberOf(organisation);
			Mono<Boolean> approved = member
					? this.organisations.find(organisation).map(found -> found.approved()).defaultIfEmpty(false)
					: Mono.just(false);
			return approved.map(ok -> new Booker(roles.platformAdmin(), roles.coordinatedMunicipalities(),
					roles.organisations(), ok, member ? organisation : null));
		});
	}

}
