package no.hverdag.humanlibrary.internal;

import java.util.List;
import java.util.Locale;

import no.hverdag.humanlibrary.Libraries;
import no.hverdag.humanlibrary.PersonToBorrow;
import no.hverdag.humanlibrary.Slot;
import no.hverdag.humanlibrary.SlotBooking;
import no.hverdag.humanlibrary.SlotFull;
import no.hverdag.humanlibrary.Topics;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.Actor;
import no.hverdag.shared.security.CurrentActor;
import no.hverdag.shared.web.PageController;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * Borrowing a person on the web: people by topic and language with their next free slots,
 * a booking form (prefilled for people signed in with their contact point), and the
 * booking's own page behind its link, where it can be cancelled.
 */
@PageController
class BookingPages {

	private static final int SLOTS_PER_PERSON = 3;

	private final Libraries libraries;

	private final SlotBooking booking;

	private final TopicTexts topics;

	BookingPages(Libraries libraries, SlotBooking booking, TopicTexts topics) {
		this.topics = topics;
		this.libraries = libraries;
		this.booking = booking;
	}

	@GetMapping("/borrow")
	Mono<Rendering> borrow(@RequestParam(required = false) String topic, @RequestParam(required = false) String speaks,
			@RequestParam(required = false) String library) {
		return page(HttpStatus.OK, topic, speaks, library, null, List.of(), null);
	}

	@PostMapping("/borrow/slots/{slotId}/bookings")
	Mono<Rendering> book(@PathVariable String slotId, @ModelAttribute Typed typed, Locale locale) {
		return this.booking.book(slotId, typed.firstName(), typed.contact(), locale.getLanguage())
			.map(booked -> Rendering.redirectTo("/bookings/" + booked.token() + "?booked")
				.status(HttpStatus.SEE_OTHER)
				.build())
			.onErrorResume(HverdagException.InvalidInput.class,
					invalid -> page(HttpStatus.BAD_REQUEST, null, null, null, slotId, invalid.fieldProblems(), typed))
			.onErrorResume(SlotFull.class,
					full -> page(HttpStatus.CONFLICT, null, null, null, slotId,
							List.of(new HverdagException.FieldProblem("slot", "error.slot.full")), typed))
			.onErrorResume(HverdagException.Conflict.class, conflict -> page(HttpStatus.CONFLICT, null, null, null,
					slotId, List.of(new HverdagException.FieldProblem("slot", conflict.messageKey())), typed));
	}

	@GetMapping("/bookings/{token}")
	Mono<Rendering> booking(@PathVariable String token) {
		return this.booking.find(token)
			.map(found -> Rendering.view("humanlibrary/booking")
				.modelAttribute("found", found)
				.modelAttribute("token", token)
				.build());
	}

	@PostMapping("/bookings/{token}/cancel")
	Mono<Rendering> cancel(@PathVariable String token) {
		return this.booking.cancel(token)
			.map(slot -> Rendering.view("humanlibrary/cancelled").modelAttribute("slot", slot).build());
	}

	private Mono<Rendering> page(HttpStatus status, String topic, String lang, String library, String failedSlot,
			List<HverdagException.FieldProblem> problems, Typed typed) {
		String libraryFilter = library == null || library.isBlank() ? null : library;
		String langFilter = lang == null || lang.isBlank() || !Topics.LANGUAGES.contains(lang) ? null : lang;
		Mono<Typed> prefill = typed != null ? Mono.just(typed)
				: CurrentActor.get().map(BookingPages::prefill).defaultIfEmpty(new Typed("", ""));
		return this.libraries.people(null, libraryFilter, topic, langFilter)
			.concatMap(person -> this.libraries.nextFreeSlots(person.libraryId(), 200)
				.filter(slot -> slot.personId().equals(person.id()))
				.take(SLOTS_PER_PERSON)
				.collectList()
				.map(slots -> new PersonWithSlots(person, slots)))
			.filter(p -> !p.slots().isEmpty())
			.collectList()
			.zipWith(this.libraries.all().collectMap(l -> l.id(), l -> l.name()))
			.zipWith(prefill)
			.map(found -> Rendering.view("humanlibrary/borrow")
				.status(status)
				.modelAttribute("people", found.getT1().getT1())
				.modelAttribute("libraryNames", found.getT1().getT2())
				.modelAttribute("topic", topic == null ? "" : topic)
				.modelAttribute("speaks", langFilter == null ? "" : langFilter)
				.modelAttribute("languageCodes", Topics.LANGUAGES)
				.modelAttribute("topicKeys", this.topics.keysByNorwegian())
				.modelAttribute("failedSlot", failedSlot == null ? "" : failedSlot)
				.modelAttribute("problems", problems)
				.modelAttribute("typed", found.getT2())
				.build());
	}

	/** Someone signed in with a code to their phone or e-mail books with that contact. */
	private static Typed prefill(Actor actor) {
		boolean contactLogin = Actor.PASSWORDLESS_ISSUER.equals(actor.issuer());
		String name = contactLogin || actor.displayName().equals(actor.subject()) ? ""
				: actor.displayName().strip().split("\\s+")[0];
		return new Typed(name, contactLogin ? actor.subject() : "");
	}

	/** A person to borrow and their next free slots. */
	public record PersonWithSlots(PersonToBorrow person, List<Slot> slots) {
	}

	/** What was typed into the booking form. */
	public record Typed(String firstName, String contact) {
	}

}
