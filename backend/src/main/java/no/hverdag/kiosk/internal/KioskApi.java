package no.hverdag.kiosk.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import no.hverdag.humanlibrary.Libraries;
import no.hverdag.humanlibrary.Slot;
import no.hverdag.humanlibrary.SlotBooking;
import no.hverdag.kiosk.KioskCredential;
import no.hverdag.kiosk.KioskDevices;
import no.hverdag.shared.security.CurrentActor;
import no.hverdag.shared.security.KioskDevice;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The kiosk's own API (its library only) and the staff's kiosk registration. */
@RestController
class KioskApi {

	private final KioskDevices devices;

	private final Libraries libraries;

	private final SlotBooking booking;

	KioskApi(KioskDevices devices, Libraries libraries, SlotBooking booking) {
		this.devices = devices;
		this.libraries = libraries;
		this.booking = booking;
	}

	@Operation(summary = "Today's free slots for this kiosk (kiosk device)")
	@GetMapping("/api/v1/kiosk/slots")
	Flux<Slot> slots(@AuthenticationPrincipal KioskDevice kiosk) {
		return this.libraries.freeSlotsToday(kiosk.libraryId());
	}

	@Operation(summary = "Book a slot at the kiosk (kiosk device)")
	@PostMapping("/api/v1/kiosk/slots/{slotId}/bookings")
	Mono<ResponseEntity<Map<String, Object>>> book(@AuthenticationPrincipal KioskDevice kiosk,
			@PathVariable String slotId, @Valid @RequestBody BookingRequest request, java.util.Locale locale) {
		return this.booking
			.bookAt(kiosk.libraryId(), slotId, request.firstName(), request.contact(), locale.getLanguage())
			.map(booked -> ResponseEntity.created(URI.create("/api/v1/kiosk/slots/" + slotId))
				.body(Map.of("reference", booked.reference(), "slot", booked.slot().id())));
	}

	@Operation(summary = "Register a kiosk device; its credential is shown once (staff)")
	@PostMapping("/api/v1/libraries/{id}/kiosks")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<KioskCredential> register(@PathVariable String id, @Valid @RequestBody Registration registration) {
		return CurrentActor.required().flatMap(staff -> this.devices.register(staff, id, registration.name()));
	}

	@Operation(summary = "List a library's registered kiosk devices (staff)")
	@GetMapping("/api/v1/libraries/{id}/kiosks")
	Flux<KioskCredential> list(@PathVariable String id) {
		return CurrentActor.required().flatMapMany(staff -> this.devices.of(staff, id));
	}

	@Operation(summary = "Revoke a kiosk device (staff)")
	@DeleteMapping("/api/v1/kiosks/{kioskId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> revoke(@PathVariable String kioskId) {
		return CurrentActor.required().flatMap(staff -> this.devices.revoke(staff, kioskId));
	}

	record BookingRequest(@NotBlank String firstName, @NotBlank String contact) {
	}

	record Registration(@NotBlank @Size(max = 80) String name) {
	}

}
