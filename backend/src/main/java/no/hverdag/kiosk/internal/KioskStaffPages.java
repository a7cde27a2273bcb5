package no.hverdag.kiosk.internal;

import no.hverdag.humanlibrary.Libraries;
import no.hverdag.kiosk.KioskCredential;
import no.hverdag.kiosk.KioskDevices;
import no.hverdag.shared.security.Actor;
import no.hverdag.shared.security.CurrentActor;
import no.hverdag.shared.web.PageController;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * A library's kiosk devices on a page for its staff (until now the API only): which
 * screens may book, register a new one (its credential is shown once, to be typed into
 * the device), and revoke one at once.
 */
@PageController
class KioskStaffPages {

	static final int MAX_NAME = 80;

	private final KioskDevices devices;

	private final Libraries libraries;

	KioskStaffPages(KioskDevices devices, Libraries libraries) {
		this.devices = devices;
		this.libraries = libraries;
	}

	@GetMapping("/staff/libraries/{libraryId}/kiosks")
	Mono<Rendering> list(@PathVariable String libraryId) {
		return CurrentActor.required().flatMap(staff -> page(staff, libraryId, HttpStatus.OK, null, null, ""));
	}

	@PostMapping("/staff/libraries/{libraryId}/kiosks")
	Mono<Rendering> register(@PathVariable String libraryId, @ModelAttribute KioskName form) {
		String name = form.name() == null ? "" : form.name().strip();
		return CurrentActor.required().flatMap(staff -> {
			if (name.isEmpty() || name.length() > MAX_NAME) {
				// Checked first that this person may manage the library's kiosks at all.
				return this.devices.of(staff, libraryId)
					.then(page(staff, libraryId, HttpStatus.BAD_REQUEST, null, "validation.kiosk.name", name));
			}
			return this.devices.register(staff, libraryId, name)
				.flatMap(created -> page(staff, libraryId, HttpStatus.CREATED, created, null, ""));
		});
	}

	@PostMapping("/staff/libraries/{libraryId}/kiosks/{kioskId}/revoke")
	Mono<Rendering> revoke(@PathVariable String libraryId, @PathVariable String kioskId) {
		return CurrentActor.required()
			.flatMap(staff -> this.devices.revoke(staff, kioskId))
			.thenReturn(Rendering.redirectTo("/staff/libraries/" + libraryId + "/kiosks?revoked")
				.status(HttpStatus.SEE_OTHER)
				.build());
	}

	private Mono<Rendering> page(Actor staff, String libraryId, HttpStatus status, KioskCredential created,
			String nameError, String typed) {
		return this.devices.of(staff, libraryId)
			.collectList()
			.zipWith(this.libraries.find(libraryId))
			.map(found -> Rendering.view("kiosk/devices")
				.status(status)
				.modelAttribute("kiosks", found.getT1())
				.modelAttribute("library", found.getT2())
				.modelAttribute("created", created)
				.modelAttribute("nameError", nameError)
				.modelAttribute("typedName", typed)
				.modelAttribute("maxName", MAX_NAME)
				.build());
	}

	/** The name a new kiosk is given ("Skjermen ved inngangen"). */
	public record KioskName(String name) {
	}

}
