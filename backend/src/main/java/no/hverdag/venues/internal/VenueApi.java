package no.hverdag.venues.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import no.hverdag.booking.BookingStatus;
import no.hverdag.booking.Period;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.CurrentActor;
import no.hverdag.venues.BookingForm;
import no.hverdag.venues.Facility;
import no.hverdag.venues.RoomBooking;
import no.hverdag.venues.RoomBookings;
import no.hverdag.venues.Venue;
import no.hverdag.venues.VenueForm;
import no.hverdag.venues.VenueStatus;
import no.hverdag.venues.Venues;
import no.hverdag.venues.WhoMayBook;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Venues over the API: listing by municipality (optionally only those with a room free
 * for a period), registering, the coordinator's decision, booking a room and the owner's
 * decision, and each room's iCalendar feed.
 */
@RestController
class VenueApi {

	static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final Venues venues;

	private final RoomBookings bookings;

	private final MessageSource messages;

	private final RoomCalendar calendar = new RoomCalendar();

	VenueApi(Venues venues, RoomBookings bookings, MessageSource messages) {
		this.venues = venues;
		this.bookings = bookings;
		this.messages = messages;
	}

	record RoomResponse(String key, String name, int capacity, boolean instant) {
	}

	record VenueResponse(String id, String name, String municipality, String address, Double lat, Double lon,
			String buildingType, String ownerOrganisation, Set<Facility> facilities, LocalTime opens, LocalTime closes,
			String houseRules, WhoMayBook whoMayBook, VenueStatus status, List<RoomResponse> rooms,
			List<String> groups) {

		static VenueResponse of(Venue v, List<no.hverdag.venues.Room> rooms) {
			return new VenueResponse(v.id(), v.name(), v.municipality(), v.address(), v.lat(), v.lon(),
					v.buildingType(), v.ownerOrganisation(), v.facilities(), v.opens(), v.closes(), v.houseRules(),
					v.whoMayBook(), v.status(),
					rooms.stream().map(r -> new RoomResponse(r.key(), r.name(), r.capacity(), r.instant())).toList(),
					v.groups());
		}

	}

	record PeriodResponse(String start, String end) {
	}

	record BookingResponse(String id, String venueId, String room, String organisation, String purpose,
			List<PeriodResponse> periods, BookingStatus status, String reason, Instant requestedAt) {

		static BookingResponse of(RoomBooking b) {
			return new BookingResponse(b.id(), b.venueId(), b.roomKey(), b.organisation(), b.purpose(),
					b.periods()
						.stream()
						.map(p -> new PeriodResponse(p.start().toString(), p.end().toString()))
						.toList(),
					b.status(), b.reason(), b.requestedAt());
		}

	}

	record DecisionRequest(String reason) {
	}

	@Operation(summary = "Listed venues, by municipality; with date, from and to only those with a room free then")
	@GetMapping("/api/v1/venues")
	Flux<VenueResponse> list(@RequestParam(required = false) String municipality,
			@Parameter(description = "yyyy-MM-dd") @RequestParam(required = false) String date,
			@Parameter(description = "HH:mm") @RequestParam(required = false) String from,
			@Parameter(description = "HH:mm") @RequestParam(required = false) String to,
			@RequestParam(required = false, defaultValue = "1") int capacity) {
		Period period = VenueSearchForm.period(date, from, to);
		return this.bookings.withFreeRooms(this.venues.listed(municipality), period, capacity)
			.map(found -> VenueResponse.of(found.venue(), found.rooms()));
	}

	@Operation(summary = "One approved venue with its rooms and facilities")
	@GetMapping("/api/v1/venues/{id}")
	Mono<VenueResponse> one(@PathVariable String id) {
		return CurrentActor.get()
			.map(java.util.Optional::of)
			.defaultIfEmpty(java.util.Optional.empty())
			.flatMap(actor -> this.venues.visible(actor.orElse(null), id))
			.map(v -> VenueResponse.of(v, v.rooms()));
	}

	@Operation(summary = "Register a venue (pending until the municipality's coordinator approves it)")
	@PostMapping("/api/v1/venues")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<VenueResponse> register(@RequestBody VenueForm form) {
		return CurrentActor.required()
			.flatMap(actor -> this.venues.register(actor, form))
			.map(v -> VenueResponse.of(v, v.rooms()));
	}

	@Operation(summary = "Approve a venue so it is listed (coordinator)")
	@PostMapping("/api/v1/venues/{id}/approval")
	Mono<VenueResponse> approve(@PathVariable String id) {
		return CurrentActor.required()
			.flatMap(actor -> this.venues.decide(actor, id, true, null))
			.map(v -> VenueResponse.of(v, v.rooms()));
	}

	@Operation(summary = "Reject a venue (coordinator), with a reason")
	@PostMapping("/api/v1/venues/{id}/rejection")
	Mono<VenueResponse> decline(@PathVariable String id, @RequestBody DecisionRequest request) {
		return CurrentActor.required()
			.flatMap(actor -> this.venues.decide(actor, id, false, request.reason()))
			.map(v -> VenueResponse.of(v, v.rooms()));
	}

	@Operation(summary = "Ask for a room once or weekly; instant rooms are booked at once (409 when taken)")
	@PostMapping("/api/v1/venues/{id}/rooms/{room}/bookings")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<BookingResponse> book(@PathVariable String id, @PathVariable String room, @RequestBody BookingForm form,
			Locale locale) {
		return CurrentActor.required()
			.flatMap(actor -> this.bookings.request(actor, id, room, form, locale.getLanguage()))
			.map(BookingResponse::of);
	}

	@Operation(summary = "My room bookings")
	@GetMapping("/api/v1/room-bookings/mine")
	Flux<BookingResponse> mine() {
		return CurrentActor.required().flatMapMany(this.bookings::mine).map(BookingResponse::of);
	}

	@Operation(summary = "The venue's owner approves a requested booking (409 if it overlaps an approved one)")
	@PostMapping("/api/v1/room-bookings/{id}/approval")
	Mono<BookingResponse> approveBooking(@PathVariable String id) {
		return CurrentActor.required()
			.flatMap(actor -> this.bookings.decide(actor, id, true, null))
			.map(BookingResponse::of);
	}

	@Operation(summary = "Decline a room booking (venue owner), with a reason")
	@PostMapping("/api/v1/room-bookings/{id}/rejection")
	Mono<BookingResponse> declineBooking(@PathVariable String id, @RequestBody DecisionRequest request) {
		return CurrentActor.required()
			.flatMap(actor -> this.bookings.decide(actor, id, false, request.reason()))
			.map(BookingResponse::of);
	}

	@Operation(summary = "Cancel a room booking")
	@DeleteMapping("/api/v1/room-bookings/{id}")
	Mono<BookingResponse> cancel(@PathVariable String id) {
		return CurrentActor.required().flatMap(actor -> this.bookings.cancel(actor, id)).map(BookingResponse::of);
	}

	@Operation(summary = "The room's approved bookings for the next half year as iCalendar")
	@GetMapping("/api/v1/venues/{id}/rooms/{room}/calendar.ics")
	Mono<ResponseEntity<String>> calendar(@PathVariable String id, @PathVariable String room, Locale locale) {
		return this.venues.visible(null, id).flatMap(venue -> {
			no.hverdag.venues.Room found = venue.room(room)
				.orElseThrow(() -> new HverdagException.NotFound("room", room));
			LocalDate from = LocalDate.now(no.hverdag.shared.time.HverdagClock.NORWAY).minusDays(30);
			String booked = this.messages.getMessage("venues.booked", null, locale);
			return this.bookings.approvedFrom(venue, found, from, 240)
				.collectList()
				.publishOn(Schedulers.boundedElastic())
				.map(list -> this.calendar.room(venue, found, list, booked));
		})
			.map(text -> ResponseEntity.ok()
				.contentType(CALENDAR)
				.cacheControl(CacheControl.noCache())
				.header("Content-Disposition", "inline; filename=\"room-" + room + ".ics\"")
				.body(text));
	}

}
