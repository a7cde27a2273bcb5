package no.hverdag.venues.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import no.hverdag.booking.Period;
import no.hverdag.municipalities.MunicipalityDirectory;
import no.hverdag.organisations.Organisation;
import no.hverdag.organisations.Organisations;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.Actor;
import no.hverdag.shared.security.CurrentActor;
import no.hverdag.shared.time.HverdagClock;
import no.hverdag.shared.web.PageController;
import no.hverdag.venues.BookingForm;
import no.hverdag.venues.Room;
import no.hverdag.venues.RoomBooking;
import no.hverdag.venues.RoomBookings;
import no.hverdag.venues.Venue;
import no.hverdag.venues.Venues;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * The public venue pages: finding a free room, a venue, a room's week with its booking
 * form. Plain GET forms and POST-redirect-GET, no script needed.
 */
@PageController
class VenuePages {

	private final Venues venues;

	private final RoomBookings bookings;

	private final MunicipalityDirectory municipalities;

	private final Organisations organisations;

	private final Clock clock;

	VenuePages(Venues venues, RoomBookings bookings, MunicipalityDirectory municipalities, Organisations organisations,
			Clock clock) {
		this.clock = clock;
		this.venues = venues;
		this.bookings = bookings;
		this.municipalities = municipalities;
		this.organisations = organisations;
	}

	@GetMapping("/venues")
	Mono<Rendering> search(@RequestParam(required = false) String municipality,
			@RequestParam(required = false) String date, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) Integer capacity) {
		Map<String, String> typed = new TreeMap<>();
		typed.put("municipality", municipality == null ? "" : municipality);
		typed.put("date", date == null ? "" : date);
		typed.put("from", from == null ? "" : from);
		typed.put("to", to == null ? "" : to);
		typed.put("capacity", capacity == null ? "" : capacity.toString());
		Period period;
		List<HverdagException.FieldProblem> problems = new ArrayList<>();
		try {
			period = VenueSearchForm.period(date, from, to);
		}
		catch (HverdagException.InvalidInput invalid) {
			period = null;
			problems.addAll(invalid.fieldProblems());
		}
		Mono<List<RoomBookings.VenueRooms>> found = problems.isEmpty() ? this.bookings
			.withFreeRooms(this.venues.listed(municipality), period, capacity == null ? 1 : Math.max(1, capacity))
			.collectList() : Mono.just(List.of());
		boolean searchedTime = period != null;
		return found.map(results -> Rendering.view("venues/search")
			.status(problems.isEmpty() ? HttpStatus.OK : HttpStatus.BAD_REQUEST)
			.modelAttribute("results", results)
			.modelAttribute("typed", typed)
			.modelAttribute("searchedTime", searchedTime)
			.modelAttribute("municipalities", this.municipalities.all())
			.modelAttribute("problems", problems)
			.modelAttribute("problemFields", problems.stream().map(HverdagException.FieldProblem::field).toList())
			.build());
	}

	@GetMapping("/venues/{id}")
	Mono<Rendering> venue(@PathVariable String id) {
		return actor().flatMap(actor -> this.venues.visible(actor.orElse(null), id))
			.map(venue -> Rendering.view("venues/venue")
				.modelAttribute("venue", venue)
				.modelAttribute("municipalityName", municipalityName(venue))
				.build());
	}

	@GetMapping("/venues/{id}/rooms/{room}")
	Mono<Rendering> room(@PathVariable String id, @PathVariable String room,
			@RequestParam(required = false) String week) {
		return roomPage(id, room, week, BookingForm.empty(), List.of(), null, HttpStatus.OK);
	}

	@PostMapping("/venues/{id}/rooms/{room}/bookings")
	Mono<Rendering> book(@PathVariable String id, @PathVariable String room, @ModelAttribute BookingForm form,
			Locale locale) {
		return CurrentActor.required()
			.flatMap(actor -> this.bookings.request(actor, id, room, form, locale.getLanguage()))
			.map(booking -> Rendering
				.redirectTo("/venues/" + id + "/rooms/" + room + "?week=" + monday(booking.first().day()) + "&"
						+ (booking.status() == no.hverdag.booking.BookingStatus.APPROVED ? "booked" : "requested"))
				.status(HttpStatus.SEE_OTHER)
				.build())
			.onErrorResume(HverdagException.InvalidInput.class,
					invalid -> roomPage(id, room, form.date(), form, invalid.fieldProblems(), null,
							HttpStatus.BAD_REQUEST))
			.onErrorResume(HverdagException.Conflict.class,
					conflict -> roomPage(id, room, form.date(), form, List.of(), conflict.messageKey(),
							HttpStatus.CONFLICT))
			.onErrorResume(HverdagException.Forbidden.class, forbidden -> roomPage(id, room, form.date(), form,
					List.of(), forbidden.messageKey(), HttpStatus.FORBIDDEN));
	}

	private Mono<Rendering> roomPage(String id, String roomKey, String week, BookingForm form,
			List<HverdagException.FieldProblem> problems, String refusal, HttpStatus status) {
		LocalDate monday = monday(parse(week).orElse(LocalDate.now(this.clock.withZone(HverdagClock.NORWAY))));
		return actor().flatMap(actor -> this.venues.visible(actor.orElse(null), id).flatMap(venue -> {
			Room room = venue.room(roomKey).orElseThrow(() -> new HverdagException.NotFound("room", roomKey));
			Mono<List<Organisation>> mine = actor.isPresent()
					? this.organisations.ofMember(actor.get()).filter(Organisation::approved).collectList()
					: Mono.just(List.of());
			return this.bookings.week(venue, room, monday).collectList().zipWith(mine).map(loaded -> {
				List<RoomBooking> found = loaded.getT1();
				List<WeekDay> days = new ArrayList<>();
				for (int i = 0; i < 7; i++) {
					LocalDate day = monday.plusDays(i);
					List<Slot> slots = new ArrayList<>();
					for (RoomBooking booking : found) {
						booking.periods()
							.stream()
							.filter(p -> p.day().equals(day))
							.forEach(p -> slots.add(new Slot(p, booking.status().name(), booking.organisation())));
					}
					slots.sort((a, b) -> a.period().compareTo(b.period()));
					days.add(new WeekDay(day, slots));
				}
				return Rendering.view("venues/room")
					.status(status)
					.modelAttribute("venue", venue)
					.modelAttribute("room", room)
					.modelAttribute("monday", monday)
					.modelAttribute("previous", monday.minusWeeks(1))
					.modelAttribute("next", monday.plusWeeks(1))
					.modelAttribute("days", days)
					.modelAttribute("signedIn", actor.isPresent())
					.modelAttribute("myOrganisations", loaded.getT2())
					.modelAttribute("form", form)
					.modelAttribute("refusal", refusal)
					.modelAttribute("problems", problems)
					.modelAttribute("problemFields",
							problems.stream().map(HverdagException.FieldProblem::field).toList())
					.build();
			});
		}));
	}

	/** One booked or asked-for period on a day of the week view. */
	record Slot(Period period, String status, String organisation) {
	}

	/** A day of the week view. */
	record WeekDay(LocalDate day, List<Slot> slots) {
	}

	private String municipalityName(Venue venue) {
		return this.municipalities.find(venue.municipality()).map(m -> m.name()).orElse(venue.municipality());
	}

	static LocalDate monday(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	static Optional<LocalDate> parse(String text) {
		try {
			return text == null || text.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(text.strip()));
		}
		catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}

	static Mono<Optional<Actor>> actor() {
		return CurrentActor.get().map(Optional::of).defaultIfEmpty(Optional.empty());
	}

}
