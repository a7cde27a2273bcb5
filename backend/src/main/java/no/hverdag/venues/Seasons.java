package no.hverdag.venues;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import no.hverdag.booking.Admission;
import no.hverdag.booking.ExclusiveTime;
import no.hverdag.booking.Holder;
import no.hverdag.booking.Period;
import no.hverdag.organisations.Organisations;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.Actor;
import no.hverdag.shared.time.HverdagClock;
import no.hverdag.venues.internal.SeasonStore;
import no.hverdag.venues.internal.VenueStore;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.stereotype.Service;

/**
 * Season allocation as use cases: the coordinator opens a season, organisations apply,
 * the coordinator runs the allocation (the CP-SAT solver, on a scheduler of its own,
 * never on the event loop) for a preview with a reason per decision, locks or forbids
 * applications and runs again, then publishes ({@link SeasonPublishing}). Rooms already
 * booked at an application's time are taken out of its choices before solving, so the
 * preview never grants what publishing could not make.
 */
@Service
public class Seasons {

	static final double TIME_LIMIT_SECONDS = 10;

	private final SeasonStore store;

	private final VenueStore venues;

	private final BookerRights rights;

	private final Organisations organisations;

	private final ExclusiveTime time;

	private final SeasonAllocation.Solver solver;

	private final SeasonPublishing publishing;

	private final Clock clock;

	private final Scheduler solving = Schedulers.newBoundedElastic(1, 16, "season-allocation");

	Seasons(SeasonStore store, VenueStore venues, BookerRights rights, Organisations organisations, ExclusiveTime time,
			SeasonAllocation.Solver solver, SeasonPublishing publishing, Clock clock) {
		this.store = store;
		this.venues = venues;
		this.rights = rights;
		this.organisations = organisations;
		this.time = time;
		this.solver = solver;
		this.publishing = publishing;
		this.clock = clock;
	}

	@PreDestroy
	void stop() {
		this.solving.dispose();
	}

	/** The coordinator of the municipality opens a season. */
	public Mono<Season> open(Actor actor, SeasonForms.Open form) {
		List<HverdagException.FieldProblem> problems = form.problems(today());
		if (!problems.isEmpty()) {
			return Mono.error(new HverdagException.InvalidInput(problems));
		}
		return this.rights.of(actor, null)
			.filter(booker -> form.municipality() != null && booker.coordinates(form.municipality()))
			.switchIfEmpty(Mono.error(() -> new HverdagException.Forbidden("season.error.notCoordinator")))
			.flatMap(booker -> this.store.insert(new Season(UUID.randomUUID().toString(), form.municipality(),
					form.name().strip(), SeasonForms.date(form.firstDay()), form.weeks(), Season.Status.OPEN, null,
					null, this.clock.instant())));
	}

	public Flux<Season> seasons(String municipalityOrNull) {
		return this.store.seasons(municipalityOrNull);
	}

	public Mono<Season> season(String id) {
		return this.store.season(id).switchIfEmpty(Mono.error(() -> new HverdagException.NotFound("season", id)));
	}

	/** The venues one may apply for in a season: listed, in its municipality. */
	public Flux<Venue> venuesFor(Season season) {
		return this.venues.listed(season.municipality());
	}

	/**
	 * A member of an approved organisation applies for weekly time in an open season.
	 */
	public Mono<SeasonApplication> apply(Actor actor, String seasonId, SeasonForms.Apply form, String lang) {
		List<HverdagException.FieldProblem> problems = form.problems();
		if (!problems.isEmpty()) {
			return Mono.error(new HverdagException.InvalidInput(problems));
		}
		return season(seasonId).flatMap(season -> {
			if (!season.open()) {
				return Mono.error(new HverdagException.Conflict("season.error.closed"));
			}
			return this.rights.of(actor, form.organisation())
				.filter(Booker::forApprovedOrganisation)
				.switchIfEmpty(Mono.error(() -> new HverdagException.Forbidden("season.error.notMember")))
				.flatMap(booker -> this.venues.venue(form.venueId())
					.filter(venue -> venue.listed() && venue.municipality().equals(season.municipality()))
					.switchIfEmpty(Mono.error(() -> new HverdagException.InvalidInput("place", "season.error.place")))
					.flatMap(venue -> admit(actor, season, venue, booker, form, lang)));
		});
	}

	private Mono<SeasonApplication> admit(Actor actor, Season season, Venue venue, Booker booker,
			SeasonForms.Apply form, String lang) {
		List<Room> rooms = candidates(venue, form.roomKey(), form.participants());
		if (rooms.isEmpty()) {
			return Mono.error(new HverdagException.InvalidInput(
					form.roomKey() != null && venue.room(form.roomKey()).isPresent() ? "participants" : "place",
					"season.error.noRoom"));
		}
		SeasonApplication application = new SeasonApplication(UUID.randomUUID().toString(), season.id(),
				form.organisation(), "", venue.id(), form.roomKey(), form.day(), VenueForm.time(form.from()),
				form.minutes(), form.weeks(), form.participants(), form.priority(),
				new Holder(actor.issuer(), actor.subject(), actor.displayName(),
						form.contact() == null ? "" : form.contact().strip()),
				lang, SeasonApplication.Adjustment.NONE, null, null, null, null, null, null, this.clock.instant(),
				null);
		Admission admission = venue.admit(rooms.get(0), application.periods(season), booker, now());
		if (admission instanceof Admission.Refused refused) {
			return Mono.error(refused.reasons().get(0).messageKey().startsWith("venues.error.mayNotBook")
					? new HverdagException.Forbidden(refused.reasons().get(0).messageKey()) : Venues.invalid(refused));
		}
		return this.organisations.find(form.organisation())
			.map(organisation -> organisation.name())
			.defaultIfEmpty(form.organisation())
			.flatMap(name -> this.store.insert(new SeasonApplication(application.id(), application.seasonId(),
					application.organisation(), name, application.venueId(), application.roomKey(),
					application.weekday(), application.start(), application.minutes(), application.weeks(),
					application.participants(), application.serves(), application.holder(), application.lang(),
					application.adjustment(), null, null, null, null, null, null, application.submittedAt(), null)));
	}

	/** The rooms of the venue that may serve an application. */
	static List<Room> candidates(Venue venue, String roomKey, int participants) {
		return venue.rooms()
			.stream()
			.filter(room -> roomKey == null || room.key().equals(roomKey))
			.filter(room -> room.capacity() >= participants)
			.toList();
	}

	/** A person's own applications. */
	public Flux<SeasonApplication> mine(Actor actor) {
		return this.store.ofHolder(actor.issuer(), actor.subject());
	}

	/** The season and its applications, for its municipality's coordinator. */
	public Mono<Coordinated> coordinated(Actor actor, String seasonId) {
		return season(seasonId).flatMap(season -> this.rights.of(actor, null)
			.filter(booker -> booker.coordinates(season.municipality()))
			.switchIfEmpty(Mono.error(() -> new HverdagException.Forbidden("season.error.notCoordinator")))
			.flatMap(booker -> this.store.applications(seasonId).collectList())
			.map(applications -> new Coordinated(season, applications, fingerprint(applications))));
	}

	/**
	 * A season as its coordinator sees it; {@code fingerprint} differs from the preview's
	 * when the preview is out of date.
	 */
	public record Coordinated(Season season, List<SeasonApplication> applications, String fingerprint) {

		public boolean previewCurrent() {
			return this.season.preview() != null && this.season.preview().fingerprint().equals(this.fingerprint);
		}

	}

	/** Runs the allocation and stores it as the season's preview. */
	public Mono<Season> run(Actor actor, String seasonId) {
		return coordinated(actor, seasonId).flatMap(found -> {
			if (!found.season().open()) {
				return Mono.error(new HverdagException.Conflict("season.error.closed"));
			}
			return requests(found.season(), found.applications())
				.flatMap(requests -> Mono.fromCallable(() -> this.solver.solve(requests.requests(), TIME_LIMIT_SECONDS))
					.subscribeOn(this.solving)
					.map(result -> preview(requests, result, found.fingerprint())))
				.flatMap(preview -> this.store.savePreview(seasonId, preview))
				.flatMap(saved -> saved ? season(seasonId)
						: Mono.error(new HverdagException.Conflict("season.error.closed")));
		});
	}

	/** The solver's requests; rooms already booked at a request's time are left out. */
	private Mono<Requests> requests(Season season, List<SeasonApplication> applications) {
		Set<String> venueIds = applications.stream().map(SeasonApplication::venueId).collect(Collectors.toSet());
		return Flux.fromIterable(venueIds)
			.concatMap(this.venues::venue)
			.collectMap(Venue::id)
			.flatMap(byId -> Flux.fromIterable(applications).concatMap(application -> {
				Venue venue = byId.get(application.venueId());
				List<Room> rooms = venue == null ? List.of()
						: candidates(venue, application.roomKey(), application.participants());
				List<Period> periods = application.periods(season);
				return Flux.fromIterable(rooms)
					.filterWhen(room -> Flux.fromIterable(periods)
						.concatMap(period -> this.time.holdersBetween(room.resource(venue.id()), period))
						.all(List::isEmpty))
					.map(room -> venue.id() + "/" + room.key())
					.collectList()
					.map(free -> new Requested(application, free, !rooms.isEmpty() && free.isEmpty()));
			}).collectList())
			.map(Requests::new);
	}

	private record Requested(SeasonApplication application, List<String> rooms, boolean unavailable) {
	}

	private record Requests(List<Requested> all) {

		List<SeasonRequest> requests() {
			return this.all.stream().map(r -> r.application().request(r.rooms())).toList();
		}

		Set<String> unavailable() {
			Set<String> ids = new HashSet<>();
			this.all.stream().filter(Requested::unavailable).forEach(r -> ids.add(r.application().id()));
			return ids;
		}

	}

	private Season.Preview preview(Requests requests, SeasonAllocation.Result result, String fingerprint) {
		Map<String, SeasonAllocation.Reason> reasons = SeasonAllocation.explain(requests.requests(), result.granted(),
				requests.unavailable());
		List<Season.Decision> decisions = new ArrayList<>();
		for (Requested requested : requests.all()) {
			String id = requested.application().id();
			String room = result.granted().get(id);
			SeasonAllocation.Reason reason = reasons.get(id);
			decisions.add(new Season.Decision(id, requested.application().venueId(),
					room == null ? null : room.substring(room.indexOf('/') + 1), reason.messageKey(), reason.heldBy()));
		}
		return new Season.Preview(decisions, fingerprint, result.score(), result.optimal(), result.gap(),
				this.clock.instant());
	}

	/**
	 * Locks an application in (in the room the preview gave it, if any), forbids it, or
	 * frees it again; the preview is then out of date until the next run.
	 */
	public Mono<SeasonApplication> adjust(Actor actor, String seasonId, String applicationId,
			SeasonApplication.Adjustment adjustment) {
		return coordinated(actor, seasonId).flatMap(found -> {
			if (!found.season().open()) {
				return Mono.error(new HverdagException.Conflict("season.error.closed"));
			}
			SeasonApplication application = found.applications()
				.stream()
				.filter(a -> a.id().equals(applicationId))
				.findFirst()
				.orElseThrow(() -> new HverdagException.NotFound("seasonApplication", applicationId));
			String room = adjustment != SeasonApplication.Adjustment.LOCKED || found.season().preview() == null ? null
					: found.season()
						.preview()
						.of(application.id())
						.filter(Season.Decision::granted)
						.map(d -> d.venueId() + "/" + d.roomKey())
						.orElse(null);
			return this.store.adjust(applicationId, adjustment, room).then(this.store.application(applicationId));
		});
	}

	/**
	 * Publishes the current preview at once: the intent first, then the bookings (see
	 * {@link SeasonPublishing}).
	 */
	public Mono<Season> publish(Actor actor, String seasonId) {
		return coordinated(actor, seasonId).flatMap(found -> {
			if (!found.season().open()) {
				return Mono.error(new HverdagException.Conflict("season.error.closed"));
			}
			if (!found.previewCurrent()) {
				return Mono.error(new HverdagException.Conflict("season.error.stalePreview"));
			}
			return this.store.startPublishing(seasonId, found.fingerprint(), this.clock.instant())
				.flatMap(started -> started ? this.publishing.complete(seasonId).then(season(seasonId))
						: Mono.error(new HverdagException.Conflict("season.error.stalePreview")));
		});
	}

	/** Names what a preview was made for: the applications and their adjustments. */
	static String fingerprint(List<SeasonApplication> applications) {
		String joined = applications.stream()
			.sorted(Comparator.comparing(SeasonApplication::id))
			.map(a -> a.id() + ":" + a.adjustment() + ":" + a.lockedRoom())
			.collect(Collectors.joining(";"));
		return UUID.nameUUIDFromBytes(joined.getBytes(StandardCharsets.UTF_8)).toString();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(HverdagClock.NORWAY));
	}

	private LocalDateTime now() {
		return LocalDateTime.now(this.clock.withZone(HverdagClock.NORWAY));
	}

	/** Decisions keyed by application, in the order applications came in. */
	public static Map<String, Season.Decision> decisions(Season season) {
		Map<String, Season.Decision> map = new LinkedHashMap<>();
		if (season.preview() != null) {
			season.preview().decisions().forEach(d -> map.put(d.applicationId(), d));
		}
		return map;
	}

}
