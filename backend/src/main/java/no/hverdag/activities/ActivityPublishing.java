package no.hverdag.activities;

import java.time.Clock;
import java.util.UUID;

import no.hverdag.activities.internal.ActivitySearch;
import no.hverdag.activities.internal.ActivityStore;
import no.hverdag.municipalities.MunicipalityDirectory;
import no.hverdag.municipalities.PlaceSearch;
import no.hverdag.organisations.Organisation;
import no.hverdag.organisations.Organisations;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.Actor;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * An organisation posts an activity: only its members, only once the coordinator has
 * approved it, only at a place in a real municipality. Published at once and searchable
 * at once.
 */
@Service
public class ActivityPublishing {

	private final Organisations organisations;

	private final MunicipalityDirectory municipalities;

	private final ActivityStore store;

	private final ActivitySearch search;

	private final Clock clock;

	private final PlaceSearch places;

	ActivityPublishing(Organisations organisations, MunicipalityDirectory municipalities, ActivityStore store,
			ActivitySearch search, Clock clock, PlaceSearch places) {
		this.places = places;
		this.organisations = organisations;
		this.municipalities = municipalities;
		this.store = store;
		this.search = search;
		this.clock = clock;
	}

	public Mono<Activity> post(Actor member, String organisationId, ActivityDraft draft) {
		return this.organisations.managedBy(member, organisationId)
			.flatMap(organisation -> located(draft)
				.flatMap(placed -> publish(UUID.randomUUID().toString(), organisation, placed)));
	}

	/**
	 * Nobody types coordinates: a place without a point is found by its address (or its
	 * municipality, offline).
	 */
	private Mono<ActivityDraft> located(ActivityDraft draft) {
		Place place = draft.place();
		if (place.hasPoint()) {
			return Mono.just(draft);
		}
		return this.places.locate(place.address(), place.municipality())
			.map(found -> draft.withPlace(new Place(place.name(), place.address(), place.municipality(),
					place.district(), place.buildingType(), found.lat(), found.lon())))
			.defaultIfEmpty(draft);
	}

	/** For demo and migration data: publish with a stable id, once. */
	public Mono<Activity> importActivity(String id, String organisationId, ActivityDraft draft) {
		return this.store.find(id)
			.switchIfEmpty(this.organisations.find(organisationId)
				.switchIfEmpty(Mono.error(() -> new HverdagException.NotFound("organisation", organisationId)))
				.flatMap(organisation -> publish(id, organisation, draft)));
	}

	private Mono<Activity> publish(String id, Organisation organisation, ActivityDraft draft) {
		if (!organisation.approved()) {
			return Mono.error(new HverdagException.Forbidden("error.organisation.notApproved"));
		}
		if (!this.municipalities.exists(draft.place().municipality())) {
			return Mono.error(new HverdagException.InvalidInput("municipality", "validation.municipality.unknown"));
		}
		Activity activity = Activity.published(id, organisation.id(), organisation.name(), draft, this.clock.instant());
		return this.store.insert(activity).flatMap(this.search::index);
	}

}
