package no.hverdag.humanlibrary.internal;

import java.util.List;
import java.util.stream.Collectors;

import no.hverdag.accounts.AccessControl;
import no.hverdag.humanlibrary.Attendance;
import no.hverdag.humanlibrary.Libraries;
import no.hverdag.humanlibrary.Session;
import no.hverdag.humanlibrary.Sessions;
import no.hverdag.humanlibrary.StaffDesk;
import no.hverdag.humanlibrary.VolunteerOffers;
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
import org.springframework.web.reactive.result.view.Rendering;

/**
 * The library staff's pages: their libraries; per library the offers waiting, the people
 * to borrow and their sessions, today's bookings with who came, and who needs a
 * confirmation.
 */
@PageController
class StaffPages {

	private final VolunteerOffers offers;

	private final Sessions sessions;

	private final Attendance attendance;

	private final StaffDesk desk;

	private final Libraries libraries;

	private final AccessControl accessControl;

	StaffPages(VolunteerOffers offers, Sessions sessions, Attendance attendance, StaffDesk desk, Libraries libraries,
			AccessControl accessControl) {
		this.offers = offers;
		this.sessions = sessions;
		this.attendance = attendance;
		this.desk = desk;
		this.libraries = libraries;
		this.accessControl = accessControl;
	}

	@GetMapping("/staff")
	Mono<Rendering> mine() {
		return CurrentActor.required()
			.flatMap(this.accessControl::rolesOf)
			.flatMap(roles -> this.libraries.all()
				.filter(library -> roles.staffOf(library.id()))
				.collectList()
				.map(list -> Rendering.view("humanlibrary/staff-home").modelAttribute("libraries", list).build()));
	}

	@GetMapping("/staff/libraries/{libraryId}")
	Mono<Rendering> library(@PathVariable String libraryId) {
		return CurrentActor.required().flatMap(actor -> page(actor, libraryId, HttpStatus.OK, null, List.of(), null));
	}

	@PostMapping("/staff/libraries/{libraryId}/offers/{offerId}/approve")
	Mono<Rendering> approve(@PathVariable String libraryId, @PathVariable String offerId) {
		return CurrentActor.required()
			.flatMap(actor -> this.offers.approve(actor, offerId))
			.thenReturn(back(libraryId, "approved"));
	}

	@PostMapping("/staff/libraries/{libraryId}/offers/{offerId}/reject")
	Mono<Rendering> reject(@PathVariable String libraryId, @PathVariable String offerId) {
		return CurrentActor.required()
			.flatMap(actor -> this.offers.reject(actor, offerId))
			.thenReturn(back(libraryId, "rejected"));
	}

	@PostMapping("/staff/libraries/{libraryId}/sessions")
	Mono<Rendering> setSession(@PathVariable String libraryId, @ModelAttribute SessionForm typed) {
		Session.Form form = typed.toForm();
		return CurrentActor.required()
			.flatMap(actor -> this.sessions.set(actor, libraryId, form)
				.thenReturn(back(libraryId, "sessionSet"))
				.onErrorResume(HverdagException.InvalidInput.class, invalid -> page(actor, libraryId,
						HttpStatus.BAD_REQUEST, form.personId(), invalid.fieldProblems(), typed)));
	}

	@PostMapping("/staff/libraries/{libraryId}/sessions/{sessionId}/cancel")
	Mono<Rendering> cancelSession(@PathVariable String libraryId, @PathVariable String sessionId) {
		return CurrentActor.required()
			.flatMap(actor -> this.sessions.cancelSession(actor, libraryId, sessionId))
			.thenReturn(back(libraryId, "sessionCancelled"));
	}

	@PostMapping("/staff/libraries/{libraryId}/slots/{slotId}/cancel")
	Mono<Rendering> cancelSlot(@PathVariable String libraryId, @PathVariable String slotId) {
		return CurrentActor.required()
			.flatMap(actor -> this.sessions.cancelSlot(actor, libraryId, slotId))
			.thenReturn(back(libraryId, "slotCancelled"));
	}

	@PostMapping("/staff/libraries/{libraryId}/bookings/{reference}/check-in")
	Mono<Rendering> checkIn(@PathVariable String libraryId, @PathVariable String reference) {
		return CurrentActor.required()
			.flatMap(actor -> this.attendance.checkInByStaff(actor, libraryId, reference))
			.thenReturn(back(libraryId, "checkedIn"));
	}

	@PostMapping("/staff/libraries/{libraryId}/confirmations")
	Mono<Rendering> confirm(@PathVariable String libraryId, @ModelAttribute ConfirmForm form) {
		return CurrentActor.required()
			.flatMap(actor -> this.attendance.confirm(actor, libraryId, form.contact()))
			.thenReturn(back(libraryId, "cleared"));
	}

	private Mono<Rendering> page(Actor actor, String libraryId, HttpStatus status, String failedPerson,
			List<HverdagException.FieldProblem> problems, SessionForm typed) {
		return this.desk.of(actor, libraryId)
			.zipWith(this.offers.pendingAt(actor, libraryId).collectList())
			.map(found -> Rendering.view("humanlibrary/staff")
				.status(status)
				.modelAttribute("desk", found.getT1())
				.modelAttribute("personNames",
						found.getT1()
							.people()
							.stream()
							.collect(Collectors.toMap(person -> person.id(), person -> person.firstName(),
									(first, same) -> first)))
				.modelAttribute("library", found.getT1().library())
				.modelAttribute("pending", found.getT2())
				.modelAttribute("failedPerson", failedPerson == null ? "" : failedPerson)
				.modelAttribute("problems", problems)
				.modelAttribute("typed", typed == null ? SessionForm.EMPTY : typed)
				.modelAttribute("weekdays", java.time.DayOfWeek.values())
				.build());
	}

	static Rendering back(String libraryId, String flag) {
		return Rendering.redirectTo("/staff/libraries/" + libraryId + "?" + flag).status(HttpStatus.SEE_OTHER).build();
	}

	/** The session form as posted. */
	public record SessionForm(String personId, String kind, String dayOfWeek, String date, String start, String end,
			String slotMinutes, String room) {

		static final SessionForm EMPTY = new SessionForm("", "WEEKLY", "TUESDAY", "", "16:00", "18:00", "30", "");

		Session.Form toForm() {
			return new Session.Form(this.personId, this.kind, this.dayOfWeek, this.date, this.start, this.end,
					this.slotMinutes, this.room);
		}

	}

	/** Which contact point staff confirm. */
	public record ConfirmForm(String contact) {
	}

}
