package no.hverdag.humanlibrary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import no.hverdag.audit.AuditAction;
import no.hverdag.audit.AuditLog;
import no.hverdag.humanlibrary.internal.HumanLibraryStore;
import no.hverdag.humanlibrary.internal.SessionStore;
import no.hverdag.humanlibrary.internal.SlotDocument;
import no.hverdag.humanlibrary.internal.SlotDocument.BookingEntry;
import no.hverdag.humanlibrary.internal.SlotMoves;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.Actor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Library staff edit a session (issue 12). The session decides ({@link SessionEdit});
 * this service writes the edit's intent on the session document, records it in the audit
 * log, and then runs it: slots that keep their time take the new room and places in one
 * conditional update each; slots whose time changes move with their bookings, and each
 * booked person's claims move with them (the booking core's {@code PersonalTime}), and is
 * told in their language. Every step may be repeated, so after a crash the recovery runs
 * the edit again from its intent to its end (ADR 0008).
 */
@Service
public class SessionEdits {

	/**
	 * An edit under way this long is taken to have stopped, and is finished by recovery.
	 */
	public static final Duration STALE = Duration.ofMinutes(1);

	private final SessionStore sessions;

	private final Sessions planner;

	private final HumanLibraryStore store;

	private final SlotMoves moves;

	private final StaffScope staff;

	private final ContactClaims claims;

	private final BookingNotices notices;

	private final Availability availability;

	private final AuditLog audit;

	private final RefusingSlots refusing;

	private final Clock clock;

	SessionEdits(SessionStore sessions, Sessions planner, HumanLibraryStore store, SlotMoves moves, StaffScope staff,
			ContactClaims claims, BookingNotices notices, Availability availability, AuditLog audit,
			RefusingSlots refusing, Clock clock) {
		this.sessions = sessions;
		this.planner = planner;
		this.store = store;
		this.moves = moves;
		this.staff = staff;
		this.claims = claims;
		this.notices = notices;
		this.availability = availability;
		this.audit = audit;
		this.refusing = refusing;
		this.clock = clock;
	}

	/** The session as staff see it before editing. */
	public Mono<Session> find(Actor staffMember, String libraryId, String sessionId) {
		return this.staff.of(staffMember, libraryId)
			.flatMap(library -> this.sessions.find(libraryId, sessionId))
			.switchIfEmpty(Mono.error(() -> new HverdagException.NotFound("session", sessionId)));
	}

	public Mono<Session> edit(Actor staffMember, String libraryId, String sessionId, SessionEdit edit) {
		return this.staff.of(staffMember, libraryId)
			.flatMap(library -> this.sessions.find(libraryId, sessionId)
				.switchIfEmpty(Mono.error(() -> new HverdagException.NotFound("session", sessionId)))
				.flatMap(before -> this.sessions.activeOf(before.personId())
					.collectList()
					.zipWith(upcoming(before).map(this.moves::toDomain).collectList())
					.flatMap(found -> {
						SessionEdit.Decision decision = edit.decide(before, found.getT1(), found.getT2());
						if (decision.refused()) {
							return Mono.error(new HverdagException.InvalidInput(decision.problems()));
						}
						Session after = decision.edited();
						return this.sessions.beginEdit(before, after, this.clock.instant())
							.switchIfEmpty(Mono.error(() -> new HverdagException.Conflict("error.session.editing")))
							.then(this.audit.record(staffMember, AuditAction.SESSION_EDITED, library.municipality(),
									library.name() + ": " + after.room() + " " + after.start() + "–" + after.end(),
									sessionId))
							.then(run(library, before, after))
							.thenReturn(after);
					})));
	}

	/** Finishes every edit under way since before {@code before}; how many. */
	public Mono<Long> recover(Instant before) {
		return this.sessions.editsSince(before)
			.concatMap(both -> this.store.library(both[0].libraryId())
				.flatMap(library -> run(library, both[0], both[1]))
				.thenReturn(1L))
			.reduce(0L, Long::sum);
	}

	/** Runs an edit from its intent to its end; every step may be repeated. */
	Mono<Void> run(Library library, Session before, Session after) {
		boolean moving = after.otherTimesThan(before);
		return this.store.person(before.personId())
			.flatMap(person -> upcoming(before).concatMap(
					slot -> moving ? move(library, person, before, after, slot) : this.moves.update(slot, after).then())
				.then())
			.then(this.sessions.finishEdit(after))
			.then(this.planner.plan(after))
			// Places may have come back (more places, bookings moved away): this node
			// stops refusing from memory at once (ADR 0024).
			.then(Mono.fromRunnable(this.refusing::forgetAll));
	}

	/** The session's slots still to come (one already begun stays as it is). */
	private Flux<SlotDocument> upcoming(Session session) {
		LocalDateTime now = LocalDateTime.now(this.clock);
		return this.moves.ofSession(session.id(), LocalDate.now(this.clock).toString())
			.filter(slot -> LocalDate.parse(slot.day()).atTime(LocalTime.parse(slot.start())).isAfter(now))
			.filter(slot -> slot.id()
				.equals(session.slotId(LocalDate.parse(slot.day()), LocalTime.parse(slot.start()))));
	}

	private Mono<Void> move(Library library, PersonToBorrow person, Session before, Session after, SlotDocument old) {
		LocalDate day = LocalDate.parse(old.day());
		LocalTime newStart = SessionEdit.movedStart(before, after, LocalTime.parse(old.start()));
		if (newStart == null) {
			// No slot at the new times: only possible for a slot nobody booked (the edit
			// refuses otherwise), or one booked while the edit ran: told as cancelled.
			return this.store.cancel(library.id(), old.id())
				.flatMapMany(cancelled -> Flux.fromIterable(cancelled.bookings())
					.concatMap(booking -> this.notices.cancelledByLibrary(cancelled.slot(), library.name(), booking)
						.then(this.claims.release(booking.reference()))))
				.then();
		}
		SlotDocument fresh = this.store.newSessionSlot(after, person, day, newStart);
		return this.moves.freeze(old.id(), fresh.id())
			.flatMap(frozen -> this.moves.ensure(fresh)
				.thenMany(Flux.fromIterable(frozen.bookings())
					.concatMap(booking -> moveBooking(library, this.moves.toDomain(frozen), fresh.id(), booking)))
				.then(this.store.slot(fresh.id()))
				.doOnNext(this.availability::publish)
				.then(this.store.slot(old.id()))
				.doOnNext(this.availability::publish))
			.then();
	}

	/**
	 * Claims the new time for the person, puts the booking in the new slot, gives back
	 * the old hours and takes it out of the old slot; tells them. A person who has
	 * another booking at the new time (or finds the new slot full) keeps neither: the
	 * booking is cancelled and they are told so.
	 */
	private Mono<Void> moveBooking(Library library, Slot from, String toId, BookingEntry booking) {
		return this.store.slot(toId)
			.flatMap(to -> this.claims.move(booking.contact(), booking.reference(), from.period(), to.period())
				.flatMap(claimed -> claimed ? this.moves.push(toId, booking) : Mono.just(false))
				.flatMap(moved -> moved
						? this.moves.pull(from.id(), booking.reference())
							.then(this.notices.moved(to, library.name(), booking))
						: this.claims.release(booking.reference())
							.then(this.moves.pull(from.id(), booking.reference()))
							.then(this.notices.cancelledByLibrary(from, library.name(), booking))));
	}

}
