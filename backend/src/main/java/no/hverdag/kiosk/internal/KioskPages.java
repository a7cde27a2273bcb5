package no.hverdag.kiosk.internal;

import java.util.Locale;

import no.hverdag.humanlibrary.Attendance;
import no.hverdag.humanlibrary.Libraries;
import no.hverdag.humanlibrary.Library;
import no.hverdag.humanlibrary.SlotBooking;
import no.hverdag.humanlibrary.SlotFull;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.web.PageController;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * The kiosk screens: pick a library, see today's free slots, book one and see the
 * reference with a QR code of the booking's link, or say "I'm here".
 */
@PageController
class KioskPages {

	private final Libraries libraries;

	private final SlotBooking booking;

	private final Attendance attendance;

	private final MessageSource messages;

	private final String publicUrl;

	KioskPages(Libraries libraries, SlotBooking booking, Attendance attendance, MessageSource messages,
			@Value("${hverdag.public-url:http://localhost:8080}") String publicUrl) {
		this.libraries = libraries;
		this.booking = booking;
		this.attendance = attendance;
		this.messages = messages;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	/** Every kiosk screen leaves out the site's menu (the layout reads this). */
	@ModelAttribute("kioskMode")
	boolean kioskMode() {
		return true;
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
		return screen(libraryId, HttpStatus.OK, null, null, null, null);
	}

	@PostMapping("/kiosk/{libraryId}/slots/{slotId}/bookings")
	Mono<Rendering> book(@PathVariable String libraryId, @PathVariable String slotId, @ModelAttribute BookingForm form,
			Locale locale) {
		String firstName = form.firstName() == null ? "" : form.firstName();
		String contact = form.contact() == null ? "" : form.contact();
		return this.libraries.find(libraryId)
			.then(this.booking.bookAt(libraryId, slotId, firstName, contact, locale.getLanguage()))
			.map(booked -> {
				String link = this.publicUrl + "/bookings/" + booked.token();
				return Rendering.view("kiosk/booked")
					.modelAttribute("booking", booked)
					.modelAttribute("libraryId", libraryId)
					.modelAttribute("qr",
							QrCode.svg(link, this.messages.getMessage("kiosk.booked.qrLabel", null, locale)))
					.build();
			})
			.onErrorResume(SlotFull.class,
					full -> this.libraries.find(libraryId)
						.map(library -> Rendering.view("kiosk/full")
							.status(HttpStatus.CONFLICT)
							.modelAttribute("library", library)
							.modelAttribute("nextFreeSlots", full.nextFreeSlots())
							.build()))
			.onErrorResume(HverdagException.InvalidInput.class,
					invalid -> screen(libraryId, HttpStatus.BAD_REQUEST, slotId, invalid, new Typed(firstName, contact),
							null))
			.onErrorResume(HverdagException.Conflict.class, conflict -> screen(libraryId, HttpStatus.CONFLICT, slotId,
					null, new Typed(firstName, contact), conflict.messageKey()));
	}

	@PostMapping("/kiosk/{libraryId}/check-in")
	Mono<Rendering> checkIn(@PathVariable String libraryId, @ModelAttribute CheckInForm form) {
		return this.libraries.find(libraryId)
			.then(this.attendance.checkIn(libraryId, form.reference()))
			.map(checkedIn -> Rendering.view("kiosk/checked-in")
				.modelAttribute("checkedIn", checkedIn)
				.modelAttribute("libraryId", libraryId)
				.build())
			.onErrorResume(HverdagException.InvalidInput.class,
					invalid -> screen(libraryId, HttpStatus.BAD_REQUEST, null, null, null, "validation.reference"))
			.onErrorResume(HverdagException.Conflict.class,
					conflict -> screen(libraryId, HttpStatus.CONFLICT, null, null, null, conflict.messageKey()));
	}

	private Mono<Rendering> screen(String libraryId, HttpStatus status, String failedSlot,
			HverdagException.InvalidInput problem, Typed typed, String notice) {
		return this.libraries.find(libraryId)
			.zipWith(this.libraries.freeSlotsToday(libraryId).collectList())
			.map(found -> {
				Library library = found.getT1();
				Rendering.Builder<?> view = Rendering.view("kiosk/screen")
					.status(status)
					.modelAttribute("library", library)
					.modelAttribute("slots", found.getT2())
					.modelAttribute("today", this.libraries.today())
					.modelAttribute("failedSlot", failedSlot == null ? "" : failedSlot)
					.modelAttribute("fieldProblems", problem == null ? java.util.List.of() : problem.fieldProblems())
					.modelAttribute("typed", typed == null ? new Typed("", "") : typed)
					.modelAttribute("notice", notice == null ? "" : notice);
				return view.build();
			});
	}

	/**
	 * The booking form: WebFlux binds form fields to a model attribute, not to request
	 * parameters.
	 */
	public record BookingForm(String firstName, String contact) {
	}

	/** The booking reference typed to say "I'm here". */
	public record CheckInForm(String reference) {
	}

	/** What the patron typed, shown again next to the errors. */
	public record Typed(String firstName, String contact) {
	}

}
