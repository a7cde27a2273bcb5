package no.hverdag.venues;

import java.util.List;
import java.util.UUID;

import no.hverdag.booking.Admission;
import no.hverdag.municipalities.MunicipalityDirectory;
import no.hverdag.organisations.Organisations;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.Actor;
import no.hverdag.venues.internal.RoomSearch;
import no.hverdag.venues.internal.VenueStore;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Registering a venue (→ pending), the coordinator's decision, and reading listed venues.
 */
@Service
public class Venues {

	private final VenueStore store;

	private final BookerRights rights;

	private final Organisations organisations;

	private final MunicipalityDirectory municipalities;

	private final RoomSearch search;

	Venues(VenueStore store, BookerRights rights, Organisations organisations, MunicipalityDirectory municipalities,
			RoomSearch search) {
		this.search = search;
		this.store = store;
		this.rights = rights;
		this.organisations = organisations;
		this.municipalities = municipalities;
	}

	/**
	 * An owner registers a venue: the municipality's coordinator for the municipality, or
	 * a member of an approved organisation for the organisation, inside its municipality.
	 */
	public Mono<Venue> register(Actor actor, VenueForm form) {
		if (form.check() instanceof Admission.Refused refused) {
			return Mono.error(invalid(refused));
		}
		if (form.municipality() == null || !this.municipalities.exists(form.municipality())) {
			return Mono.error(new HverdagException.InvalidInput("municipality", "venues.error.municipality"));
		}
		String owner = form.ownerOrganisation() == null || form.ownerOrganisation().isBlank() ? null
				: form.ownerOrganisation();
		return this.rights.of(actor, owner).flatMap(booker -> {
			if (owner == null) {
				return booker.coordinates(form.municipality()) ? Mono.just(true)
						: Mono.error(new HverdagException.Forbidden("venues.error.notOwner"));
			}
			if (!booker.forApprovedOrganisation()) {
				return Mono.error(new HverdagException.Forbidden("venues.error.notOwner"));
			}
			return this.organisations.find(owner)
				.filter(o -> o.municipality().equals(form.municipality()))
				.map(o -> true)
				.switchIfEmpty(Mono.error(
						() -> new HverdagException.InvalidInput("municipality", "venues.error.outsideMunicipality")));
		})
			.flatMap(ok -> groupsKnown(form))
			.flatMap(ok -> this.store.insert(newVenue(UUID.randomUUID().toString(), form, owner, actor)))
			.doOnNext(v -> this.search.changed());
	}

	/** Every named group is an approved organisation in the venue's municipality. */
	private Mono<Boolean> groupsKnown(VenueForm form) {
		if (!WhoMayBook.GROUPS.name().equals(form.whoMayBook())) {
			return Mono.just(true);
		}
		return Flux.fromIterable(form.groups())
			.concatMap(id -> this.organisations.find(id)
				.map(o -> o.approved() && o.municipality().equals(form.municipality()))
				.defaultIfEmpty(false))
			.all(Boolean::booleanValue)
			.flatMap(all -> all ? Mono.just(true)
					: Mono.error(new HverdagException.InvalidInput("groups", "venues.error.groupUnknown")));
	}

	static Venue newVenue(String id, VenueForm form, String owner, Actor actor) {
		List<Room> rooms = new java.util.ArrayList<>();
		for (int i = 0; i < form.rooms().size(); i++) {
			VenueForm.RoomForm r = form.rooms().get(i);
			rooms.add(new Room("r" + (i + 1), r.name().strip(), r.capacity(), r.instant()));
		}
		return new Venue(id, form.name().strip(), form.municipality(), form.address().strip(), form.lat(), form.lon(),
				form.buildingType(), owner, form.facilitySet(), VenueForm.time(form.opens()),
				VenueForm.time(form.closes()), form.houseRules() == null ? "" : form.houseRules().strip(),
				WhoMayBook.valueOf(form.whoMayBook()), rooms, VenueStatus.PENDING, null, actor.issuer(),
				actor.subject(), WhoMayBook.GROUPS.name().equals(form.whoMayBook()) ? form.groups() : List.of());
	}

	/** Demo content: a venue as given, already decided, unless it exists. */
	public Mono<Void> importVenue(Venue venue) {
		return this.store.importVenue(venue).doOnTerminate(this.search::changed);
	}

	/**
	 * The municipality's coordinator approves or declines (with a reason) a pending
	 * venue.
	 */
	public Mono<Venue> decide(Actor actor, String venueId, boolean approve, String reason) {
		if (!approve && (reason == null || reason.isBlank())) {
			return Mono.error(new HverdagException.InvalidInput("reason", "venues.error.reason"));
		}
		return this.store.venue(venueId)
			.switchIfEmpty(Mono.error(() -> new HverdagException.NotFound("venue", venueId)))
			.flatMap(venue -> this.rights.of(actor, null)
				.filter(booker -> booker.coordinates(venue.municipality()))
				.switchIfEmpty(Mono.error(() -> new HverdagException.Forbidden("venues.error.notCoordinator")))
				.flatMap(booker -> this.store.decide(venueId, approve ? VenueStatus.APPROVED : VenueStatus.DECLINED,
						approve ? null : reason.strip()))
				.flatMap(decided -> decided ? this.store.venue(venueId)
						: Mono.error(new HverdagException.Conflict("venues.error.alreadyDecided"))))
			.doOnNext(v -> this.search.changed());
	}

	public Flux<Venue> listed(String municipality) {
		return this.store.listed(municipality);
	}

	/** A venue as the public sees it: only when listed; its managers see it always. */
	public Mono<Venue> visible(Actor actorOrNull, String id) {
		return this.store.venue(id)
			.filterWhen(venue -> venue.listed() ? Mono.just(true)
					: actorOrNull == null ? Mono.just(false) : this.rights.of(actorOrNull, null).map(venue::managedBy))
			.switchIfEmpty(Mono.error(() -> new HverdagException.NotFound("venue", id)));
	}

	/**
	 * A venue the actor manages (its owner organisation's member or the municipality's
	 * coordinator): for changing what it shows, such as its photos.
	 */
	public Mono<Venue> managed(Actor actor, String id) {
		return this.store.venue(id)
			.switchIfEmpty(Mono.error(() -> new HverdagException.NotFound("venue", id)))
			.flatMap(venue -> this.rights.of(actor, null)
				.filter(venue::managedBy)
				.map(booker -> venue)
				.switchIfEmpty(Mono.error(() -> new HverdagException.Forbidden("venues.error.notManager"))));
	}

	/** Pending venues the actor coordinates, and the venues they manage. */
	public Mono<Managed> managedBy(Actor actor) {
		return this.rights.of(actor, null)
			.flatMap(booker -> this.store.pendingIn(booker.coordinated(), booker.platformAdmin())
				.collectList()
				.zipWith(this.store.managedBy(booker.coordinated(), booker.organisations()).collectList())
				.map(found -> new Managed(found.getT1(), found.getT2())));
	}

	/** What a manager sees. */
	public record Managed(List<Venue> pending, List<Venue> venues) {
	}

	static HverdagException.InvalidInput invalid(Admission.Refused refused) {
		return new HverdagException.InvalidInput(refused.reasons()
			.stream()
			.map(r -> new HverdagException.FieldProblem(r.field(), r.messageKey()))
			.toList());
	}

}
