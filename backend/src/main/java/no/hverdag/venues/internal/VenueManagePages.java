package no.hverdag.venues.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import no.hverdag.municipalities.MunicipalityDirectory;
import no.hverdag.organisations.Organisation;
import no.hverdag.organisations.Organisations;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.Actor;
import no.hverdag.shared.security.CurrentActor;
import no.hverdag.shared.web.PageController;
import no.hverdag.venues.BookerRights;
import no.hverdag.venues.Facility;
import no.hverdag.venues.RoomBookings;
import no.hverdag.venues.VenueForm;
import no.hverdag.venues.Venues;
import no.hverdag.venues.WhoMayBook;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * Owners and coordinators: registering a venue, the coordinator's queue of pending
 * venues, and the owner's requests to approve or decline; a person's own room bookings.
 */
@PageController
class VenueManagePages {

	private final Venues venues;

	private final RoomBookings bookings;

	private final MunicipalityDirectory municipalities;

	private final Organisations organisations;

	private final BookerRights rights;

	VenueManagePages(Venues venues, RoomBookings bookings, MunicipalityDirectory municipalities,
			Organisations organisations, BookerRights rights) {
		this.venues = venues;
		this.bookings = bookings;
		this.municipalities = municipalities;
		this.organisations = organisations;
		this.rights = rights;
	}

	@GetMapping("/venues/new")
	Mono<Rendering> form() {
		return registration(VenueForm.empty(), List.of(), HttpStatus.OK);
	}

	@PostMapping("/venues")
	Mono<Rendering> register(@ModelAttribute RegistrationForm typed) {
		VenueForm form = typed.toForm();
		return CurrentActor.required()
			.flatMap(actor -> this.venues.register(actor, form))
			.map(venue -> Rendering.redirectTo("/venues/manage?registered").status(HttpStatus.SEE_OTHER).build())
			.onErrorResume(HverdagException.InvalidInput.class,
					invalid -> registration(form, invalid.fieldProblems(), HttpStatus.BAD_REQUEST))
			.onErrorResume(HverdagException.Forbidden.class,
					forbidden -> registration(form,
							List.of(new HverdagException.FieldProblem("ownerOrganisation", forbidden.messageKey())),
							HttpStatus.FORBIDDEN));
	}

	private Mono<Rendering> registration(VenueForm form, List<HverdagException.FieldProblem> problems,
			HttpStatus status) {
		return CurrentActor.required()
			.flatMap(actor -> this.organisations.ofMember(actor)
				.filter(Organisation::approved)
				.collectList()
				.flatMap(mine -> groupChoices(actor, mine).map(groups -> view(form, problems, status, mine, groups))));
	}

	/**
	 * The approved organisations an owner may name as groups, per municipality: those the
	 * owner coordinates and those of the owner's own organisations (a venue lies in one
	 * of them; the service refuses any other).
	 */
	private Mono<List<GroupChoice>> groupChoices(Actor actor, List<Organisation> mine) {
		return this.rights.of(actor, null).flatMap(booker -> {
			Set<String> where = new TreeSet<>(booker.coordinated());
			mine.forEach(o -> where.add(o.municipality()));
			if (!booker.platformAdmin() && where.isEmpty()) {
				return Mono.just(List.<GroupChoice>of());
			}
			return this.organisations.approvedIn(booker.platformAdmin() ? null : where)
				.collectList()
				.map(found -> this.municipalities.all()
					.stream()
					.map(m -> new GroupChoice(m.number(), m.name(),
							found.stream().filter(o -> o.municipality().equals(m.number())).toList()))
					.filter(choice -> !choice.organisations().isEmpty())
					.toList());
		});
	}

	/** Approved organisations of one municipality, for the group picker. */
	public record GroupChoice(String municipality, String municipalityName, List<Organisation> organisations) {
	}

	private Rendering view(VenueForm form, List<HverdagException.FieldProblem> problems, HttpStatus status,
			List<Organisation> mine, List<GroupChoice> groupChoices) {
		return Rendering.view("venues/new")
			.modelAttribute("myOrganisations", mine)
			.status(status)
			.modelAttribute("form", form)
			.modelAttribute("roomRows", roomRows(form))
			.modelAttribute("buildingTypes", VenueForm.BUILDING_TYPES)
			.modelAttribute("facilities", Facility.values())
			.modelAttribute("whoMayBook", Arrays.asList(WhoMayBook.values()))
			.modelAttribute("groupChoices", groupChoices)
			.modelAttribute("municipalities", this.municipalities.all())
			.modelAttribute("problems", problems)
			.modelAttribute("problemFields", problems.stream().map(HverdagException.FieldProblem::field).toList())
			.modelAttribute("problemOf",
					problems.stream()
						.collect(java.util.stream.Collectors.toMap(HverdagException.FieldProblem::field,
								HverdagException.FieldProblem::messageKey, (a, b) -> a)))
			.build();
	}

	private static List<VenueForm.RoomForm> roomRows(VenueForm form) {
		List<VenueForm.RoomForm> rows = new ArrayList<>(form.rooms());
		while (rows.size() < 3) {
			rows.add(new VenueForm.RoomForm("", null, false));
		}
		return rows;
	}

	@GetMapping("/venues/manage")
	Mono<Rendering> manage() {
		return CurrentActor.required().flatMap(this::managePage);
	}

	private Mono<Rendering> managePage(Actor actor) {
		return this.venues.managedBy(actor)
			.flatMap(managed -> this.bookings.forManager(managed.venues())
				.collectList()
				.zipWith(this.bookings.mine(actor).collectList())
				.map(found -> Rendering.view("venues/manage")
					.modelAttribute("pending", managed.pending())
					.modelAttribute("venues", managed.venues())
					.modelAttribute("requests", found.getT1())
					.modelAttribute("mine", found.getT2())
					.build()));
	}

	@PostMapping("/venues/{id}/approve")
	Mono<Rendering> approveVenue(@PathVariable String id) {
		return CurrentActor.required()
			.flatMap(actor -> this.venues.decide(actor, id, true, null))
			.thenReturn(done("venueApproved"));
	}

	@PostMapping("/venues/{id}/decline")
	Mono<Rendering> declineVenue(@PathVariable String id, @ModelAttribute DecisionForm form) {
		return CurrentActor.required()
			.flatMap(actor -> this.venues.decide(actor, id, false, form.reason()))
			.thenReturn(done("venueDeclined"));
	}

	@PostMapping("/venues/bookings/{id}/approve")
	Mono<Rendering> approveBooking(@PathVariable String id) {
		return CurrentActor.required()
			.flatMap(actor -> this.bookings.decide(actor, id, true, null))
			.thenReturn(done("bookingApproved"));
	}

	@PostMapping("/venues/bookings/{id}/decline")
	Mono<Rendering> declineBooking(@PathVariable String id, @ModelAttribute DecisionForm form) {
		return CurrentActor.required()
			.flatMap(actor -> this.bookings.decide(actor, id, false, form.reason()))
			.thenReturn(done("bookingDeclined"));
	}

	@PostMapping("/venues/bookings/{id}/cancel")
	Mono<Rendering> cancelBooking(@PathVariable String id) {
		return CurrentActor.required()
			.flatMap(actor -> this.bookings.cancel(actor, id))
			.thenReturn(done("bookingCancelled"));
	}

	private static Rendering done(String flag) {
		return Rendering.redirectTo("/venues/manage?" + flag).status(HttpStatus.SEE_OTHER).build();
	}

	/** A decline's reason as posted. */
	public record DecisionForm(String reason) {
	}

	/** The registration form as posted: up to three rooms as parallel fields. */
	public record RegistrationForm(String name, String municipality, String address, Double lat, Double lon,
			String buildingType, String ownerOrganisation, List<String> facilities, String opens, String closes,
			String houseRules, String whoMayBook, List<String> roomName, List<Integer> roomCapacity,
			List<String> roomInstant, List<String> groups) {

		VenueForm toForm() {
			List<VenueForm.RoomForm> rooms = new ArrayList<>();
			List<String> names = this.roomName == null ? List.of() : this.roomName;
			for (int i = 0; i < names.size(); i++) {
				if (names.get(i) == null || names.get(i).isBlank()) {
					continue;
				}
				Integer capacity = this.roomCapacity != null && i < this.roomCapacity.size() ? this.roomCapacity.get(i)
						: null;
				boolean instant = this.roomInstant != null && this.roomInstant.contains(String.valueOf(i));
				rooms.add(new VenueForm.RoomForm(names.get(i), capacity, instant));
			}
			return new VenueForm(this.name, this.municipality, this.address, this.lat, this.lon, this.buildingType,
					this.ownerOrganisation, this.facilities, this.opens, this.closes, this.houseRules, this.whoMayBook,
					rooms, this.groups);
		}

	}

}
