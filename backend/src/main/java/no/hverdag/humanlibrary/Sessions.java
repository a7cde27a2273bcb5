package no.hverdag.humanlibrary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import no.hverdag.audit.AuditAction;
import no.hverdag.audit.AuditLog;
import no.hverdag.humanlibrary.internal.HumanLibraryStore;
import no.hverdag.humanlibrary.internal.SessionStore;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.Actor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/**
 * Staff set when a person to borrow is at the library; slots are planned from the
 * sessions for the coming two weeks with the same idempotent ids as the weekly rhythm.
 * Staff cancel a session or one slot: everyone booked is told.
 */
@Service
public class Sessions {

	private final SessionStore sessions;

	private final HumanLibraryStore store;

	private final StaffScope staff;

	private final BookingNotices notices;

	private final Availability availability;

	private final ContactClaims claims;

	private final AuditLog audit;

	private final RefusingSlots refusing;

	private final Clock clock;

	Sessions(SessionStore sessions, HumanLibraryStore store, StaffScope staff, BookingNotices notices,
			Availability availability, ContactClaims claims, AuditLog audit, RefusingSlots refusing, Clock clock) {
		this.sessions = sessions;
		this.store = store;
		this.staff = staff;
		this.notices = notices;
		this.availability = availability;
		this.claims = claims;
		this.audit = audit;
		this.refusing = refusing;
		this.clock = clock;
	}

	public Mono<Session> set(Actor staffMember, String libraryId, Session.Form form) {
		LocalDate today = LocalDate.now(this.clock);
		return this.staff.of(staffMember, libraryId)
			.flatMap(library -> this.store.person(form.personId() == null ? "" : form.personId())
				.filter(person -> person.libraryId().equals(libraryId))
				.hasElement())
			.flatMap(personHere -> {
				List<HverdagException.FieldProblem> problems = new ArrayList<>(form.problems(today));
				if (!personHere && problems.stream().noneMatch(p -> p.field().equals("personId"))) {
					problems.add(new HverdagException.FieldProblem("personId", "validation.session.person"));
				}
				if (!problems.isEmpty()) {
					return Mono.error(new HverdagException.InvalidInput(problems));
				}
				return this.sessions.insert(form.toSession(UUID.randomUUID().toString(), libraryId))
					.flatMap(session -> plan(session).thenReturn(session));
			});
	}

	public Flux<Session> at(Actor staffMember, String libraryId) {
		return this.staff.of(staffMember, libraryId).flatMapMany(library -> this.sessions.atLibrary(libraryId));
	}

	/** Plans every active session's slots for the coming two weeks; safe to repeat. */
	public Mono<Void> planAhead() {
		return this.sessions.active().concatMap(this::plan).then();
	}

	Mono<Void> plan(Session session) {
		LocalDate today = LocalDate.now(this.clock);
		return this.store.person(session.personId())
			.flatMap(person -> Flux.fromStream(session.daysBetween(today, today.plusDays(Libraries.LOOKAHEAD_DAYS)))
				.concatMap(day -> Flux.fromIterable(session.slotStarts())
					.map(start -> this.store.newSessionSlot(session, person, day, start)))
				.collectList()
				.flatMap(this.store::planSlots));
	}

	public Mono<Void> cancelSession(Actor staffMember, String libraryId, String sessionId) {
		String today = LocalDate.now(this.clock).toString();
		return this.staff.of(staffMember, libraryId)
			.flatMap(library -> this.sessions.cancel(libraryId, sessionId)
				.switchIfEmpty(Mono.error(() -> new HverdagException.NotFound("session", sessionId)))
				.flatMap(session -> this.store
					.slots(Criteria.where("sessionId").is(sessionId).and("day").gte(today).and("cancelled").ne(true))
					.concatMap(slot -> cancelAndTell(library, slot.id()))
					.then(this.audit.record(staffMember, AuditAction.SESSION_CANCELLED, library.municipality(),
							library.name() + ": " + session.room(), sessionId))));
	}

	public Mono<Void> cancelSlot(Actor staffMember, String libraryId, String slotId) {
		return this.staff.of(staffMember, libraryId)
			.flatMap(library -> cancelAndTell(library, slotId)
				.switchIfEmpty(Mono.error(() -> new HverdagException.NotFound("slot", slotId)))
				.flatMap(slot -> this.audit.record(staffMember, AuditAction.SLOT_CANCELLED, library.municipality(),
						library.name() + ": " + slot.personFirstName() + " " + slot.day() + " " + slot.start(),
						slotId)));
	}

	/**
	 * A person to borrow who erased their data is withdrawn (issue 10): their sessions
	 * and future slots are cancelled, whoever booked one is told as when the library
	 * cancels, and they are no longer listed.
	 */
	public Mono<Void> withdraw(String personId) {
		String today = LocalDate.now(this.clock).toString();
		return this.sessions.cancelAllOf(personId)
			.thenMany(this.store
				.slots(Criteria.where("personId").is(personId).and("day").gte(today).and("cancelled").ne(true)))
			.concatMap(
					slot -> this.store.library(slot.libraryId()).flatMap(library -> cancelAndTell(library, slot.id())))
			.then(this.store.removePerson(personId));
	}

	private Mono<Slot> cancelAndTell(Library library, String slotId) {
		return this.store.cancel(library.id(), slotId).flatMap(cancelled -> {
			Slot slot = cancelled.slot();
			// Known full here until now: from now on refused as cancelled (ADR 0024).
			this.refusing.forget(slot.id());
			this.availability.publish(slot);
			return Flux.fromIterable(cancelled.bookings())
				.concatMap(booking -> this.notices.cancelledByLibrary(slot, library.name(), booking)
					.then(this.claims.release(booking.reference())))
				.then(Mono.just(slot));
		});
	}

}
