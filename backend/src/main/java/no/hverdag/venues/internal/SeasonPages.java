package no.hverdag.venues.internal;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import no.hverdag.municipalities.MunicipalityDirectory;
import no.hverdag.organisations.Organisation;
import no.hverdag.organisations.Organisations;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.Actor;
import no.hverdag.shared.security.CurrentActor;
import no.hverdag.shared.web.PageController;
import no.hverdag.venues.BookerRights;
import no.hverdag.venues.Room;
import no.hverdag.venues.Season;
import no.hverdag.venues.SeasonApplication;
import no.hverdag.venues.SeasonForms;
import no.hverdag.venues.SeasonRequest;
import no.hverdag.venues.Seasons;
import no.hverdag.venues.Venue;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * Season pages: the list (and, for coordinators, opening a season), a season with the
 * application form, and the coordinator's allocation page (run, preview with reasons,
 * lock or forbid, publish). Plain forms and POST-redirect-GET; no script needed.
 */
@PageController
class SeasonPages {

	private final Seasons seasons;

	private final BookerRights rights;

	private final Organisations organisations;

	private final MunicipalityDirectory municipalities;

	SeasonPages(Seasons seasons, BookerRights rights, Organisations organisations,
			MunicipalityDirectory municipalities) {
		this.seasons = seasons;
		this.rights = rights;
		this.organisations = organisations;
		this.municipalities = municipalities;
	}

	@GetMapping("/seasons")
	Mono<Rendering> list() {
		return listPage(SeasonForms.Open.empty(), List.of(), HttpStatus.OK);
	}

	@PostMapping("/seasons")
	Mono<Rendering> open(@ModelAttribute SeasonForms.Open form) {
		return CurrentActor.required()
			.flatMap(actor -> this.seasons.open(actor, form))
			.map(season -> redirect("/seasons/" + season.id() + "/allocation?opened"))
			.onErrorResume(HverdagException.InvalidInput.class,
					invalid -> listPage(form, invalid.fieldProblems(), HttpStatus.BAD_REQUEST));
	}

	private Mono<Rendering> listPage(SeasonForms.Open form, List<HverdagException.FieldProblem> problems,
			HttpStatus status) {
		return VenuePages.actor().flatMap(actor -> {
			Mono<List<String>> coordinated = actor.isEmpty() ? Mono.just(List.of())
					: this.rights.of(actor.get(), null)
						.map(booker -> this.municipalities.all()
							.stream()
							.map(m -> m.number())
							.filter(booker::coordinates)
							.toList());
			Mono<List<SeasonApplication>> mine = actor.isEmpty() ? Mono.just(List.of())
					: this.seasons.mine(actor.get()).collectList();
			return this.seasons.seasons(null)
				.collectList()
				.zipWith(coordinated)
				.zipWith(mine)
				.map(found -> Rendering.view("seasons/list")
					.status(status)
					.modelAttribute("seasons", found.getT1().getT1())
					.modelAttribute("coordinated", found.getT1().getT2())
					.modelAttribute("mine", found.getT2())
					.modelAttribute("municipalities", this.municipalities.all())
					.modelAttribute("form", form)
					.modelAttribute("problems", problems)
					.modelAttribute("problemFields",
							problems.stream().map(HverdagException.FieldProblem::field).toList())
					.build());
		});
	}

	@GetMapping("/seasons/{id}")
	Mono<Rendering> season(@PathVariable String id) {
		return seasonPage(id, null, List.of(), null, HttpStatus.OK);
	}

	@PostMapping("/seasons/{id}/applications")
	Mono<Rendering> apply(@PathVariable String id, @ModelAttribute SeasonForms.Apply form, Locale locale) {
		return CurrentActor.required()
			.flatMap(actor -> this.seasons.apply(actor, id, form, locale.getLanguage()))
			.map(application -> redirect("/seasons/" + id + "?applied"))
			.onErrorResume(HverdagException.InvalidInput.class,
					invalid -> seasonPage(id, form, invalid.fieldProblems(), null, HttpStatus.BAD_REQUEST))
			.onErrorResume(HverdagException.Forbidden.class,
					forbidden -> seasonPage(id, form, List.of(), forbidden.messageKey(), HttpStatus.FORBIDDEN))
			.onErrorResume(HverdagException.Conflict.class,
					conflict -> seasonPage(id, form, List.of(), conflict.messageKey(), HttpStatus.CONFLICT));
	}

	private Mono<Rendering> seasonPage(String id, SeasonForms.Apply form, List<HverdagException.FieldProblem> problems,
			String refusal, HttpStatus status) {
		return VenuePages.actor().flatMap(actor -> this.seasons.season(id).flatMap(season -> {
			Mono<List<Organisation>> mine = actor.isPresent()
					? this.organisations.ofMember(actor.get()).filter(Organisation::approved).collectList()
					: Mono.just(List.of());
			Mono<Boolean> coordinator = actor.isPresent()
					? this.rights.of(actor.get(), null).map(b -> b.coordinates(season.municipality()))
					: Mono.just(false);
			return this.seasons.venuesFor(season)
				.collectList()
				.zipWith(mine)
				.zipWith(coordinator)
				.map(found -> Rendering.view("seasons/season")
					.status(status)
					.modelAttribute("season", season)
					.modelAttribute("municipalityName", municipalityName(season))
					.modelAttribute("places", places(found.getT1().getT1()))
					.modelAttribute("signedIn", actor.isPresent())
					.modelAttribute("myOrganisations", found.getT1().getT2())
					.modelAttribute("coordinator", found.getT2())
					.modelAttribute("weekdays", DayOfWeek.values())
					.modelAttribute("priorities", SeasonRequest.PriorityClass.values())
					.modelAttribute("form", form != null ? form : SeasonForms.Apply.empty(season.weeks()))
					.modelAttribute("refusal", refusal)
					.modelAttribute("problems", problems)
					.modelAttribute("problemFields",
							problems.stream().map(HverdagException.FieldProblem::field).toList())
					.build());
		}));
	}

	/** A choice of the application form: a room, or any suitable room of a venue. */
	record Place(String value, String venue, String room, int capacity) {
	}

	private static List<Place> places(List<Venue> venues) {
		List<Place> places = new ArrayList<>();
		for (Venue venue : venues) {
			places.add(new Place(venue.id() + "|", venue.name(), null, 0));
			for (Room room : venue.rooms()) {
				places.add(new Place(venue.id() + "|" + room.key(), venue.name(), room.name(), room.capacity()));
			}
		}
		return places;
	}

	@GetMapping("/seasons/{id}/allocation")
	Mono<Rendering> allocation(@PathVariable String id) {
		return allocationPage(id, null, HttpStatus.OK);
	}

	@PostMapping("/seasons/{id}/allocation")
	Mono<Rendering> run(@PathVariable String id) {
		return CurrentActor.required()
			.flatMap(actor -> this.seasons.run(actor, id))
			.map(season -> redirect("/seasons/" + id + "/allocation?ran"))
			.onErrorResume(HverdagException.Conflict.class,
					conflict -> allocationPage(id, conflict.messageKey(), HttpStatus.CONFLICT));
	}

	/** The coordinator's adjustment as posted: LOCKED, FORBIDDEN or NONE. */
	record AdjustmentForm(String adjustment) {
	}

	@PostMapping("/seasons/{id}/applications/{application}/adjustment")
	Mono<Rendering> adjust(@PathVariable String id, @PathVariable String application,
			@ModelAttribute AdjustmentForm form) {
		SeasonApplication.Adjustment adjustment;
		try {
			adjustment = SeasonApplication.Adjustment.valueOf(form.adjustment() == null ? "" : form.adjustment());
		}
		catch (IllegalArgumentException e) {
			return allocationPage(id, "season.error.adjustment", HttpStatus.BAD_REQUEST);
		}
		return CurrentActor.required()
			.flatMap(actor -> this.seasons.adjust(actor, id, application, adjustment))
			.map(adjusted -> redirect("/seasons/" + id + "/allocation?adjusted#application-" + application))
			.onErrorResume(HverdagException.Conflict.class,
					conflict -> allocationPage(id, conflict.messageKey(), HttpStatus.CONFLICT));
	}

	@PostMapping("/seasons/{id}/publication")
	Mono<Rendering> publish(@PathVariable String id) {
		return CurrentActor.required()
			.flatMap(actor -> this.seasons.publish(actor, id))
			.map(season -> redirect("/seasons/" + id + "/allocation?published"))
			.onErrorResume(HverdagException.Conflict.class,
					conflict -> allocationPage(id, conflict.messageKey(), HttpStatus.CONFLICT));
	}

	private Mono<Rendering> allocationPage(String id, String refusal, HttpStatus status) {
		return CurrentActor.required()
			.flatMap(actor -> this.seasons.coordinated(actor, id))
			.flatMap(found -> this.seasons.venuesFor(found.season())
				.collectMap(Venue::id)
				.map(venues -> Rendering.view("seasons/allocation")
					.status(status)
					.modelAttribute("season", found.season())
					.modelAttribute("municipalityName", municipalityName(found.season()))
					.modelAttribute("rows", rows(found, venues))
					.modelAttribute("previewCurrent", found.previewCurrent())
					.modelAttribute("refusal", refusal)
					.build()));
	}

	/** A row of the allocation table: the application and its decision in words. */
	record Row(SeasonApplication application, String asked, String decided, boolean granted, String reasonKey,
			String heldBy) {
	}

	private static List<Row> rows(Seasons.Coordinated found, Map<String, Venue> venues) {
		Map<String, String> names = new java.util.HashMap<>();
		found.applications().forEach(a -> names.putIfAbsent(a.organisation(), a.organisationName()));
		Map<String, Season.Decision> decisions = Seasons.decisions(found.season());
		List<Row> rows = new ArrayList<>();
		for (SeasonApplication a : found.applications()) {
			Venue venue = venues.get(a.venueId());
			String asked = place(venue, a.venueId(), a.roomKey());
			Season.Decision decision = decisions.get(a.id());
			if (a.outcome() != null) {
				String room = a.grantedRoom() == null ? null
						: a.grantedRoom().substring(a.grantedRoom().indexOf('/') + 1);
				rows.add(new Row(a, asked, room == null ? "" : place(venue, a.venueId(), room),
						a.outcome() == SeasonApplication.Outcome.GRANTED, a.reasonKey(),
						a.heldBy() == null ? "" : names.getOrDefault(a.heldBy(), a.heldBy())));
			}
			else if (decision != null) {
				rows.add(new Row(a, asked,
						decision.granted() ? place(venue, decision.venueId(), decision.roomKey()) : "",
						decision.granted(), decision.reasonKey(),
						decision.heldBy() == null ? "" : names.getOrDefault(decision.heldBy(), decision.heldBy())));
			}
			else {
				rows.add(new Row(a, asked, "", false, null, ""));
			}
		}
		return rows;
	}

	private static String place(Venue venue, String venueId, String roomKey) {
		if (venue == null) {
			return venueId;
		}
		return venue.name() + (roomKey == null ? ""
				: ", " + Optional.ofNullable(roomKey).flatMap(venue::room).map(Room::name).orElse(roomKey));
	}

	private String municipalityName(Season season) {
		return this.municipalities.find(season.municipality()).map(m -> m.name()).orElse(season.municipality());
	}

	private static Rendering redirect(String to) {
		return Rendering.redirectTo(to).status(HttpStatus.SEE_OTHER).build();
	}

}
