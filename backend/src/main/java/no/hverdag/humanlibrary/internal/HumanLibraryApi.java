package no.hverdag.humanlibrary.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import no.hverdag.humanlibrary.Booking;
import no.hverdag.humanlibrary.Libraries;
import no.hverdag.humanlibrary.LibraryAdministration;
import no.hverdag.humanlibrary.SlotBooking;
import no.hverdag.shared.security.CurrentActor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class HumanLibraryApi {

	private final Libraries libraries;

	private final SlotBooking booking;

	private final LibraryAdministration administration;

	private final HumanLibraryMapper mapper;

	HumanLibraryApi(Libraries libraries, SlotBooking booking, LibraryAdministration administration,
			HumanLibraryMapper mapper) {
		this.libraries = libraries;
		this.booking = booking;
		this.administration = administration;
		this.mapper = mapper;
	}

	@Operation(summary = "Libraries with people to borrow")
	@GetMapping("/api/v1/libraries")
	Flux<LibraryResponse> libraries() {
		return this.libraries.all().map(this.mapper::toResponse);
	}

	@Operation(summary = "One library")
	@GetMapping("/api/v1/libraries/{id}")
	Mono<LibraryResponse> library(@PathVariable String id) {
		return this.libraries.find(id).map(this.mapper::toResponse);
	}

	/** A day's slots that have not started yet; today when no date is given. */
	@Operation(summary = "A library's bookable slots")
	@GetMapping("/api/v1/libraries/{id}/slots")
	Flux<SlotResponse> slots(@PathVariable String id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(defaultValue = "false") boolean onlyFree) {
		return this.libraries.slotsOn(id, date == null ? this.libraries.today() : date, onlyFree)
			.map(this.mapper::toResponse);
	}

	/**
	 * Who can be borrowed: first name, topics, languages, library. Never a contact
	 * detail.
	 */
	@Operation(summary = "People to borrow in a municipality, with their topics and languages")
	@GetMapping("/api/v1/people-to-borrow")
	Flux<PersonResponse> people(@RequestParam(required = false) String municipality,
			@RequestParam(required = false) String library, @RequestParam(required = false) String topic,
			@RequestParam(required = false) String lang) {
		return this.libraries.people(blankToNull(municipality), blankToNull(library), topic, blankToNull(lang))
			.map(p -> new PersonResponse(p.id(), p.libraryId(), p.firstName(), p.topics(), p.languages(),
					p.days().stream().sorted().map(java.time.DayOfWeek::name).toList(), p.durationMinutes()));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	@Operation(summary = "Book a slot with a person to borrow (no account needed)")
	@PostMapping("/api/v1/slots/{slotId}/bookings")
	Mono<ResponseEntity<BookingResponse>> book(@PathVariable String slotId, @Valid @RequestBody BookingRequest request,
			java.util.Locale locale) {
		return this.booking.book(slotId, request.firstName(), request.contact(), locale.getLanguage())
			.map(this::toResponse)
			.map(b -> ResponseEntity.created(URI.create("/api/v1/slots/" + slotId + "/bookings/" + b.reference()))
				.body(b));
	}

	@Operation(summary = "Add a member of staff to a library")
	@PostMapping("/api/v1/libraries/{id}/staff")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<Void> grantStaff(@PathVariable String id, @Valid @RequestBody StaffGrant grant) {
		return CurrentActor.required()
			.flatMap(actor -> this.administration.grantStaff(actor, id, grant.issuer(), grant.subject()));
	}

	private BookingResponse toResponse(Booking booking) {
		return new BookingResponse(booking.reference(), this.mapper.toResponse(booking.slot()), booking.firstName(),
				booking.bookedAt());
	}

	record PersonResponse(String id, String libraryId, String firstName, List<String> topics, List<String> languages,
			List<String> days, int durationMinutes) {
	}

	record BookingRequest(@NotBlank String firstName, @NotBlank String contact) {
	}

	record StaffGrant(@NotBlank String issuer, @NotBlank String subject) {
	}

	record LibraryResponse(String id, String name, String municipality, String address, Double lat, Double lon) {
	}

	record SlotResponse(String id, String libraryId, String personId, String personFirstName, List<String> topics,
			List<String> languages, LocalDate day, java.time.LocalTime start, int durationMinutes, int capacity,
			int remaining, String room) {
	}

	record BookingResponse(String reference, SlotResponse slot, String firstName, Instant bookedAt) {
	}

}
