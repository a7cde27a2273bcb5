package no.hverdag.humanlibrary;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Base64;

import no.hverdag.booking.Admission;
import no.hverdag.humanlibrary.internal.HumanLibraryStore;
import no.hverdag.humanlibrary.internal.SlotDocument.BookingEntry;
import no.hverdag.humanlibrary.internal.StandingStore;
import no.hverdag.shared.ContactPoint;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.Hashes;
import no.hverdag.shared.operations.PlatformMetrics;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Booking a slot with only a first name and a phone number or e-mail. The slot decides
 * whether the person may book ({@link Slot#admit}); the contact point then claims the
 * slot's quarter hours ({@link ContactClaims}: no two overlapping bookings per person),
 * then the place is taken by one conditional update; when none is left, the claims are
 * released and the answer carries the library's next free slots.
 */
@Service
public class SlotBooking {

	static final int ALTERNATIVES = 5;

	/** Missed sessions after which staff must confirm a person before they book again. */
	public static final int NO_SHOWS_BEFORE_CONFIRMATION = 2;

	/**
	 * Booking references avoid look-alike characters (0/O, 1/I/L) so they can be read
	 * aloud.
	 */
	private static final char[] REFERENCE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

	private final HumanLibraryStore store;

	private final StandingStore standing;

	private final Libraries libraries;

	private final ContactClaims claims;

	private final Availability availability;

	private final BookingNotices notices;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	private final RefusingSlots refusing;

	private final SlotLanes lanes = new SlotLanes();

	/**
	 * A library's next free slots, offered with every "full" answer, read at most once a
	 * second per library: under a rush on one library the same query would otherwise run
	 * for every refused booking, and the embedded store answers it by scanning every slot
	 * under a lock (measured, docs/performance.md). A suggestion a second old is fine; a
	 * booking of it still goes through the atomic take.
	 */
	private final java.util.Map<String, Mono<java.util.List<Slot>>> alternatives = new java.util.concurrent.ConcurrentHashMap<>();

	static final java.time.Duration ALTERNATIVES_FRESH = java.time.Duration.ofSeconds(1);

	SlotBooking(HumanLibraryStore store, StandingStore standing, Libraries libraries, ContactClaims claims,
			Availability availability, BookingNotices notices, RefusingSlots refusing, Clock clock) {
		this.store = store;
		this.standing = standing;
		this.libraries = libraries;
		this.claims = claims;
		this.availability = availability;
		this.notices = notices;
		this.refusing = refusing;
		this.clock = clock;
	}

	/** Books a slot at this library only: a kiosk cannot book another library's slot. */
	public Mono<Booking> bookAt(String libraryId, String slotId, String firstName, String contact, String lang) {
		return this.store.slot(slotId)
			.filter(slot -> slot.libraryId().equals(libraryId))
			.switchIfEmpty(Mono.error(() -> new HverdagException.NotFound("slot", slotId)))
			.then(book(slotId, firstName, contact, lang));
	}

	public Mono<Booking> book(String slotId, String firstName, String contact, String lang) {
		return attempt(slotId, firstName, contact, lang).doOnSuccess(booking -> PlatformMetrics.booking("taken"))
			.doOnError(error -> PlatformMetrics.booking(PlatformMetrics.outcomeOf(error)));
	}

	private Mono<Booking> attempt(String slotId, String firstName, String contact, String lang) {
		String name = firstName == null ? "" : firstName.strip();
		ContactPoint contactPoint = ContactPoint.parse(contact).orElse(null);
		java.util.List<HverdagException.FieldProblem> problems = new java.util.ArrayList<>();
		if (name.isEmpty() || name.length() > 60) {
			problems.add(new HverdagException.FieldProblem("firstName", "validation.firstName"));
		}
		if (contactPoint == null) {
			problems.add(new HverdagException.FieldProblem("contact", "validation.contact"));
		}
		if (!problems.isEmpty()) {
			return Mono.error(new HverdagException.InvalidInput(problems));
		}
		return decide(slotId, name, contactPoint, lang);
	}

	/**
	 * What the slot alone decides (cancelled, begun, full) needs no other read, and none
	 * at all when this node already knows the slot refuses ({@link RefusingSlots}): a
	 * refusal under a rush writes nothing and usually reads nothing. A slot that reads
	 * free is booked one attempt at a time on this node ({@link SlotLanes}); an attempt
	 * that had to wait decides again.
	 */
	private Mono<Booking> decide(String slotId, String name, ContactPoint contact, String lang) {
		Slot known = this.refusing.refusing(slotId);
		if (known != null) {
			return refuseBySlot(known);
		}
		if (this.lanes.busy(slotId)) {
			return this.lanes.turn(slotId).then(Mono.defer(() -> decide(slotId, name, contact, lang)));
		}
		long epoch = this.refusing.epoch();
		return this.store.slot(slotId)
			.switchIfEmpty(Mono.error(() -> new HverdagException.NotFound("slot", slotId)))
			.flatMap(slot -> {
				if (refuses(slot)) {
					this.refusing.remember(slot, epoch);
					return refuseBySlot(slot);
				}
				return this.lanes
					.alone(slotId, () -> admitAndTake(slot, name, contact, lang),
							() -> decide(slotId, name, contact, lang).map(Taken::of))
					.flatMap(taken -> taken.booking() != null ? Mono.just(taken.booking())
							: confirm(taken, name, contact));
			});
	}

	private boolean refuses(Slot slot) {
		return !slot.free() || bySlot(slot) instanceof Admission.Refused;
	}

	private Mono<Booking> refuseBySlot(Slot slot) {
		return bySlot(slot) instanceof Admission.Refused refused ? refusal(refused) : full(slot);
	}

	/** What the slot alone decides now (cancelled, begun), before anyone's standing. */
	private Admission bySlot(Slot slot) {
		return slot.admit(LocalDateTime.now(this.clock), 0, NO_SHOWS_BEFORE_CONFIRMATION);
	}

	/**
	 * The person's standing, then the claims and the atomic take (the slot read free).
	 */
	private Mono<Taken> admitAndTake(Slot slot, String name, ContactPoint contact, String lang) {
		LocalDateTime now = LocalDateTime.now(this.clock);
		return this.standing.of(ContactClaims.canonical(contact.value()))
			.map(StandingStore.Standing::noShows)
			.defaultIfEmpty(0)
			.flatMap(noShows -> slot.admit(now, noShows,
					NO_SHOWS_BEFORE_CONFIRMATION) instanceof Admission.Refused refused ? refusal(refused)
							: claimAndTake(slot, name, contact, lang));
	}

	private static <T> Mono<T> refusal(Admission.Refused refused) {
		return Mono.error(new HverdagException.Conflict(refused.reasons().get(0).messageKey()));
	}

	private Mono<Taken> claimAndTake(Slot slot, String name, ContactPoint contact, String lang) {
		String reference = reference();
		String token = token();
		BookingEntry entry = new BookingEntry(reference, name, contact.value(), this.clock.instant(),
				Hashes.sha256Hex(token), lang == null ? "nb" : lang);
		return this.claims.claim(contact.value(), slot, reference).flatMap(claimed -> {
			if (!claimed) {
				return Mono.error(new HverdagException.Conflict("error.booking.overlap"));
			}
			long epoch = this.refusing.epoch();
			return this.store.takePlace(slot.id(), entry).map(taken -> {
				if (!taken.free()) {
					this.refusing.remember(taken, epoch);
				}
				this.availability.publish(taken);
				return new Taken(taken, entry, token, null);
			})
				.switchIfEmpty(this.claims.release(contact.value(), slot, reference)
					.then(this.store.slot(slot.id()))
					.flatMap(now -> {
						this.refusing.remember(now, epoch);
						return now.cancelled() ? Mono.error(new HverdagException.Conflict("error.slot.cancelled"))
								: full(now).map(Taken::of);
					}));
		});
	}

	/** After the place is taken and the slot's lane freed: the notice, the answer. */
	private Mono<Booking> confirm(Taken taken, String name, ContactPoint contact) {
		BookingEntry entry = taken.entry();
		return this.libraries.find(taken.slot().libraryId())
			.flatMap(library -> this.notices.confirmed(taken.slot(), library.name(), name, contact, entry.lang(),
					entry.reference(), taken.token()))
			.thenReturn(new Booking(entry.reference(), taken.slot(), name, contact, entry.bookedAt(), taken.token()));
	}

	/**
	 * A place taken in a slot's lane (the slot as the take left it, the booking, its
	 * link's token), or an attempt that waited for the lane and was answered in full.
	 */
	private record Taken(Slot slot, BookingEntry entry, String token, Booking booking) {

		static Taken of(Booking booking) {
			return new Taken(null, null, null, booking);
		}

	}

	/**
	 * The slot is full: the next free ones instead. Answered straight from the slot as
	 * read when it already looks full, which writes nothing (every write of the embedded
	 * store is a commit); a slot that only looks free still goes through the atomic take,
	 * so this shortcut never lets a booking through.
	 */
	private Mono<Booking> full(Slot slot) {
		return this.alternatives
			.computeIfAbsent(slot.libraryId(),
					libraryId -> this.libraries.nextFreeSlots(libraryId, ALTERNATIVES + 1)
						.collectList()
						.cache(ALTERNATIVES_FRESH))
			.map(next -> next.stream().filter(other -> !other.id().equals(slot.id())).limit(ALTERNATIVES).toList())
			.flatMap(next -> Mono.error(new SlotFull(next)));
	}

	/** The booking a link's token names. */
	public Mono<BookedSlot> find(String token) {
		return this.store.byToken(Hashes.sha256Hex(token == null ? "" : token))
			.map(found -> new BookedSlot(found.slot(), found.booking().reference(), found.booking().firstName()))
			.switchIfEmpty(Mono.error(() -> new HverdagException.NotFound("booking", "")));
	}

	/**
	 * Cancels the booking a link's token names: the place comes back in the same update
	 * that removes the booking, then the person's claims go.
	 */
	public Mono<Slot> cancel(String token) {
		String hash = Hashes.sha256Hex(token == null ? "" : token);
		return this.store.byToken(hash)
			.switchIfEmpty(Mono.error(() -> new HverdagException.NotFound("booking", "")))
			.flatMap(found -> {
				if (found.slot().startsAt().isBefore(LocalDateTime.now(this.clock))) {
					return Mono.<Slot>error(new HverdagException.Conflict("error.booking.started"));
				}
				String reference = found.booking().reference();
				Mono<Slot> freed = this.store.releasePlace(hash)
					.switchIfEmpty(Mono.<Slot>error(() -> new HverdagException.NotFound("booking", "")));
				return freed.flatMap(slot -> this.claims.release(reference).thenReturn(slot))
					.doOnNext(slot -> this.availability.publish(slot));
			});
	}

	private String reference() {
		char[] code = new char[6];
		for (int i = 0; i < code.length; i++) {
			code[i] = REFERENCE_ALPHABET[this.random.nextInt(REFERENCE_ALPHABET.length)];
		}
		return new String(code);
	}

	private String token() {
		byte[] bytes = new byte[24];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** A booking as its link shows it: the slot, the reference and the first name. */
	public record BookedSlot(Slot slot, String reference, String firstName) {
	}

}
