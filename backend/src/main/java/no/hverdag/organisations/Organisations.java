package no.hverdag.organisations;

import no.hverdag.accounts.AccessControl;
import no.hverdag.accounts.Roles;
import no.hverdag.organisations.internal.OrganisationStore;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.Actor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Reading organisations, with who may see what: approved ones are public, others only to
 * their members and coordinator.
 */
@Service
public class Organisations {

	private final OrganisationStore store;

	private final AccessControl accessControl;

	Organisations(OrganisationStore store, AccessControl accessControl) {
		this.store = store;
		this.accessControl = accessControl;
	}

	public Mono<Organisation> visibleTo(Actor actor, String id) {
		return this.store.find(id)
			.filterWhen(organisation -> organisation.approved() ? Mono.just(true)
					: this.accessControl.rolesOf(actor).map(roles -> mayManage(roles, organisation)))
			.switchIfEmpty(Mono.error(() -> new HverdagException.NotFound("organisation", id)));
	}

	/**
	 * The organisation, if the actor is one of its members (or coordinates its
	 * municipality). To anyone else an organisation not yet approved does not exist (404,
	 * as on the API, issue 10); an approved one is public, so they hear 403.
	 */
	public Mono<Organisation> managedBy(Actor actor, String id) {
		return this.store.find(id)
			.switchIfEmpty(Mono.error(() -> new HverdagException.NotFound("organisation", id)))
			.flatMap(
					organisation -> this.accessControl.rolesOf(actor)
						.flatMap(roles -> mayManage(roles, organisation) ? Mono.just(organisation)
								: Mono.error(organisation.approved()
										? new HverdagException.Forbidden("error.forbidden.organisation")
										: new HverdagException.NotFound("organisation", id))));
	}

	public Flux<Organisation> ofMember(Actor actor) {
		return this.accessControl.rolesOf(actor).flatMapMany(roles -> this.store.findAll(roles.organisations()));
	}

	/**
	 * Approved organisations of these municipalities (all municipalities when null), by
	 * name: public, e.g. for a venue owner naming the groups who may book.
	 */
	public Flux<Organisation> approvedIn(java.util.Collection<String> municipalitiesOrNull) {
		Flux<Organisation> approved = municipalitiesOrNull == null
				? this.store.findByStatus(OrganisationStatus.APPROVED)
				: this.store.findByStatusIn(OrganisationStatus.APPROVED, municipalitiesOrNull);
		return approved.sort(java.util.Comparator.comparing(Organisation::name, String.CASE_INSENSITIVE_ORDER));
	}

	public Mono<Organisation> find(String id) {
		return this.store.find(id);
	}

	private static boolean mayManage(Roles roles, Organisation organisation) {
		return roles.memberOf(organisation.id()) || roles.coordinates(organisation.municipality());
	}

}
