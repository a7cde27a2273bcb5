package no.hverdag.buddies;

import java.time.Clock;
import java.util.UUID;

import no.hverdag.accounts.AccessControl;
import no.hverdag.buddies.internal.BuddyStore;
import no.hverdag.municipalities.MunicipalityDirectory;
import no.hverdag.organisations.Organisations;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.Actor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Buddy programmes and who runs them: the coordinator of the programme's municipality, or
 * members of the approved organisation that owns it.
 */
@Service
public class BuddyProgrammes {

	private final BuddyStore store;

	private final AccessControl access;

	private final Organisations organisations;

	private final MunicipalityDirectory municipalities;

	private final Clock clock;

	BuddyProgrammes(BuddyStore store, AccessControl access, Organisations organisations,
			MunicipalityDirectory municipalities, Clock clock) {
		this.store = store;
		this.access = access;
		this.organisations = organisations;
		this.municipalities = municipalities;
		this.clock = clock;
	}

	public Flux<Programme> all() {
		return this.store.programmes();
	}

	public Mono<Programme> find(String id) {
		return this.store.programme(id)
			.switchIfEmpty(Mono.error(() -> new HverdagException.NotFound("buddyProgramme", id)));
	}

	/**
	 * Creates a programme for the actor's municipality or their approved organisation.
	 */
	public Mono<Programme> create(Actor actor, NewProgramme request) {
		Programme programme = request.validate(UUID.randomUUID().toString(), actor.issuer(), actor.subject(),
				this.clock.instant());
		if (this.municipalities.find(programme.municipality()).isEmpty()) {
			return Mono.error(new HverdagException.InvalidInput("municipality", "buddies.error.municipality"));
		}
		Mono<Void> allowed = programme.organisationId() == null
				? this.access.rolesOf(actor)
					.flatMap(roles -> roles.coordinates(programme.municipality()) ? Mono.<Void>empty()
							: Mono.error(new HverdagException.Forbidden("buddies.error.notCoordinator")))
				: this.organisations.managedBy(actor, programme.organisationId())
					.flatMap(organisation -> organisation.approved()
							&& organisation.municipality().equals(programme.municipality()) ? Mono.<Void>empty()
									: Mono.error(new HverdagException.Forbidden("buddies.error.notCoordinator")));
		return allowed.then(this.store.insert(programme));
	}

	/** The programme, if the actor runs it; 403 otherwise. */
	public Mono<Programme> managedBy(Actor actor, String id) {
		return find(id).flatMap(programme -> this.access.rolesOf(actor).flatMap(roles -> {
			boolean runs = programme.organisationId() == null ? roles.coordinates(programme.municipality())
					: roles.memberOf(programme.organisationId()) || roles.coordinates(programme.municipality());
			return runs ? Mono.just(programme)
					: Mono.error(new HverdagException.Forbidden("buddies.error.notYourProgramme"));
		}));
	}

	/** For demo content: no actor, no checks. */
	public Mono<Programme> importProgramme(Programme programme) {
		return this.store.programme(programme.id()).switchIfEmpty(this.store.insert(programme));
	}

}
