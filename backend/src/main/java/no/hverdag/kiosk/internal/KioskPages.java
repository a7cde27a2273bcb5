package no.hverdag.kiosk.internal;

import no.hverdag.humanlibrary.Libraries;
import no.hverdag.humanlibrary.Library;
import no.hverdag.humanlibrary.SlotBooking;
import no.hverdag.humanlibrary.SlotFull;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.web.PageController;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * The kiosk screens: pick a library, see today's free slots, book one, see the reference.
 */
@PageController
class KioskPages {

	private final Libraries libraries;

	private final SlotBooking booking;

	KioskPages(Libraries libraries, SlotBooking booking) {
		this.libraries = libraries;
		this.booking = booking;
	}

	@GetMapping("/kiosk")
	Mono<String> choose(Model model) {
		return this.libraries.all().collectList().map(all -> {
			model.addAttribute("libraries", all);
			return "kiosk/choose";
		});
	}

	@GetMapping("/kiosk/{libraryId}")
	Mono<Rendering> screen(@PathVariable String libraryId) {
		return screen(libraryId, HttpStatus.OK, null, null, null);
	}

	@PostMapping("/kiosk/{libraryId}/slots/{slotId}/bookings")
	Mono<Rendering> book(@PathVariable String libraryId, @PathVariable String slotId,
			@ModelAttribute BookingForm form) {
		String firstName = form.firstName() == null ? "" : form.firstName();
		String contact = form.contact() == null ? "" : form.contact();
		return this.libraries.find(libraryId)
			.then(this.booking.bookAt(libraryId, slotId, firstName, contact))
			.map(booked -> Rendering.view("kiosk/booked")
				.modelAttribute("booking", booked)
				.modelAttribute("libraryId", libraryId)
				.build())
			.onErrorResume(SlotFull.class,
					full -> this.libraries.find(libraryId)
						.map(library -> Rendering.view("kiosk/full")
							.status(HttpStatus.CONFLICT)
							.modelAttribute("library", library)
							.modelAttribute("nextFreeSlots", full.nextFreeSlots())
							.build()))
			.onErrorResume(HverdagException.InvalidInput.class, invalid -> screen(libraryId, HttpStatus.BAD_REQUEST,
					slotId, invalid, new Typed(firstName, contact)));
	}

	private Mono<Rendering> screen(String libraryId, HttpStatus status, String failedSlot,
			HverdagException.InvalidInput problem, Typed typed) {
		return this.libraries.find(libraryId)
			.zipWith(this.libraries.freeSlotsToday(libraryId).collectList())
			.map(found -> {
				Library library = found.getT1();
				Rendering.Builder<?> view = Rendering.view("kiosk/screen")
					.status(status)
					.modelAttribute("library", library)
					.modelAttribute("slots", found.getT2())
					.modelAttribute("today", this.libraries.today());
				if (problem != null) {
					view.modelAttribute("failedSlot", failedSlot)
						.modelAttribute("fieldProblems", problem.fieldProblems())
						.modelAttribute("typed", typed);
				}
				return view.build();
			});
	}

	/**
	 * The booking form: WebFlux binds form fields to a model attribute, not to request
	 * parameters.
	 */
	public record BookingForm(String firstName, String contact) {
	}

	/** What the patron typed, shown again next to the errors. */
	public record Typed(String firstName, String contact) {
	}

}
