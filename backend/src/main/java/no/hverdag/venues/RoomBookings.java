package no.hverdag.venues;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import no.hverdag.booking.Admission;
import no.hverdag.booking.BookingStatus;
import no.hverdag.booking.ExclusiveTime;
import no.hverdag.booking.Holder;
import no.hverdag.booking.Period;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.Actor;
import no.hverdag.venues.internal.VenueNotices;
import no.hverdag.venues.internal.VenueStore;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Asking for a room, and the owner's decision. The venue's rules decide (plain Java); the
 * booking core's exclusive time makes "never two approved overlapping bookings in a room"
 * hold under any concurrency. Approving is three writes made crash-safe: the booking is
 * first moved to {@code PENDING_HOLD} with {@code holdSince} (the intent), then its time
 * is claimed, then it moves to {@code APPROVED}; {@link RoomBookingRecovery} rolls back
 * whatever is found half-way.
 */
@Service
public class RoomBookings {

	static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	private final VenueStore store;

	private final BookerRights rights;

	private final ExclusiveTime time;

	private final Clock clock;

	private final VenueNotices notices;

	RoomBookings(VenueStore store, BookerRights rights, ExclusiveTime time, Clock clock, VenueNotices notices) {
		this.notices = notices;
		this.store = store;
		this.rights = rights;
		this.time = time;
		this.clock = clock;
	}

	public Mono<RoomBooking> request(Actor actor, String venueId, String roomKey, BookingForm form) {
		return request(actor, venueId, roomKey, form, "nb");
	}

	/**
	 * As {@link #request(Actor, String, String, BookingForm)}, remembering the language
	 * the holder asked in for the owner's decision message.
	 */
	public Mono<RoomBooking> request(Actor actor, String venueId, String roomKey, BookingForm form, String lang) {
		BookingForm.Parsed parsed = form.parse();
		if (!parsed.problems().isEmpty()) {
			return Mono.error(Venues.invalid(new Admission.Refused(parsed.problems())));
		}
		return this.store.venue(venueId)
			.filter(Venue::listed)
			.switchIfEmpty(Mono.error(() -> new HverdagException.NotFound("venue", venueId)))
			.flatMap(venue -> {
				Room room = venue.room(roomKey).orElse(null);
				if (room == null) {
					return Mono.error(new HverdagException.NotFound("room", roomKey));
				}
				return this.rights.of(actor, form.organisation()).flatMap(booker -> {
					if (venue.admit(room, parsed.periods(), booker, now()) instanceof Admission.Refused refused) {
						return Mono.error(refused.reasons().get(0).messageKey().startsWith("venues.error.mayNotBook")
								? new HverdagException.Forbidden(refused.reasons().get(0).messageKey())
								: Venues.invalid(refused));
					}
					return place(actor, venue, room, form, parsed.periods(), lang);
				});
			});
	}

	private Mono<RoomBooking> place(Actor actor, Venue venue, Room room, BookingForm form, List<Period> periods,
			String lang) {
		String resource = room.resource(venue.id());
		Holder holder = new Holder(actor.issuer(), actor.subject(), actor.displayName(),
				form.contact() == null ? "" : form.contact().strip());
		String organisation = form.organisation() == null || form.organisation().isBlank() ? null : form.organisation();
		RoomBooking booking = new RoomBooking(UUID.randomUUID().toString(), venue.id(), room.key(), resource, holder,
				organisation, form.purpose() == null ? "" : form.purpose().strip(), periods,
				room.instant() ? BookingStatus.PENDING_HOLD : BookingStatus.REQUESTED, room.instant(), null,
				this.clock.instant(), room.instant() ? this.clock.instant() : null, lang);
		return taken(resource, periods).flatMap(taken -> {
			if (taken) {
				return Mono.error(new HverdagException.Conflict("venues.error.taken"));
			}
			if (!room.instant()) {
				return this.store.insert(booking);
			}
			// Instant: the booking (as intent) first, then the time, then approved.
			return this.store.insert(booking)
				.flatMap(saved -> this.time.claim(resource, saved.id(), periods))
				.flatMap(claimed -> claimed
						? this.store.move(booking.id(), BookingStatus.PENDING_HOLD, BookingStatus.APPROVED, null, null)
							.then(this.store.booking(booking.id()))
						: this.store.delete(booking.id())
							.then(Mono.error(new HverdagException.Conflict("venues.error.taken"))));
		});
	}

	/**
	 * Whether any of the periods already has an approved booking (a friendly early no).
	 */
	private Mono<Boolean> taken(String resource, List<Period> periods) {
		return Flux.fromIterable(periods)
			.concatMap(period -> this.time.holdersBetween(resource, period))
			.any(holders -> !holders.isEmpty());
	}

	/** The owner approves, or declines with a reason. */
	public Mono<RoomBooking> decide(Actor actor, String bookingId, boolean approve, String reason) {
		if (!approve && (reason == null || reason.isBlank())) {
			return Mono.error(new HverdagException.InvalidInput("reason", "venues.error.reason"));
		}
		return managed(actor, bookingId).flatMap(booking -> {
			if (!approve) {
				return this.store.move(bookingId, BookingStatus.REQUESTED, BookingStatus.DECLINED, null, reason.strip())
					.flatMap(moved -> moved ? this.store.booking(bookingId)
							: Mono.error(new HverdagException.Conflict("venues.error.alreadyDecided")));
			}
			return this.store
				.move(bookingId, BookingStatus.REQUESTED, BookingStatus.PENDING_HOLD, this.clock.instant(), null)
				.flatMap(moved -> moved ? this.time.claim(booking.resource(), bookingId, booking.periods())
						: Mono.error(new HverdagException.Conflict("venues.error.alreadyDecided")))
				.flatMap(claimed -> claimed
						? this.store.move(bookingId, BookingStatus.PENDING_HOLD, BookingStatus.APPROVED, null, null)
							// Recovery rolled this approval back meanwhile: its claims go
							// too.
							.flatMap(approved -> approved ? Mono.just(true)
									: this.time.release(bookingId).thenReturn(false))
						: this.store.move(bookingId, BookingStatus.PENDING_HOLD, BookingStatus.REQUESTED, null, null)
							.then(Mono.error(new HverdagException.Conflict("venues.error.overlapsApproved"))))
				.then(this.store.booking(bookingId));
		}).flatMap(decided -> tell(decided).thenReturn(decided));
	}

	/**
	 * Tells the booker of the owner's decision, in their language; a message that cannot
	 * be handed over does not undo the decision.
	 */
	private Mono<Void> tell(RoomBooking booking) {
		if (booking.status() != BookingStatus.APPROVED && booking.status() != BookingStatus.DECLINED) {
			return Mono.empty();
		}
		return this.store.venue(booking.venueId()).flatMap(venue -> this.notices.bookingDecided(venue, booking));
	}

	/** The holder or the owner cancels; an approved booking's time is given back. */
	public Mono<RoomBooking> cancel(Actor actor, String bookingId) {
		return this.store.booking(bookingId)
			.switchIfEmpty(Mono.error(() -> new HverdagException.NotFound("roomBooking", bookingId)))
			.flatMap(booking -> booking.holder().is(actor.issuer(), actor.subject()) ? Mono.just(booking)
					: managed(actor, bookingId))
			.flatMap(booking -> this.store
				.move(bookingId, BookingStatus.APPROVED, BookingStatus.CANCELLED, this.clock.instant(), null)
				.flatMap(wasApproved -> wasApproved ? this.time.release(bookingId).then(this.store.clearHold(bookingId))
						: this.store.move(bookingId, BookingStatus.REQUESTED, BookingStatus.CANCELLED, null, null)
							.filter(Boolean::booleanValue)
							.switchIfEmpty(Mono.error(new HverdagException.Conflict("venues.error.alreadyDecided"))))
				.then(this.store.booking(bookingId)));
	}

	private Mono<RoomBooking> managed(Actor actor, String bookingId) {
		return this.store.booking(bookingId)
			.switchIfEmpty(Mono.error(() -> new HverdagException.NotFound("roomBooking", bookingId)))
			.flatMap(booking -> this.store.venue(booking.venueId())
				.zipWith(this.rights.of(actor, null))
				.filter(found -> found.getT1().managedBy(found.getT2()))
				.switchIfEmpty(Mono.error(() -> new HverdagException.Forbidden("venues.error.notOwner")))
				.thenReturn(booking));
	}

	/** The bookings of every venue the actor manages, newest requests last. */
	public Flux<RoomBooking> forManager(List<Venue> venues) {
		return this.store.ofVenues(venues.stream().map(Venue::id).toList());
	}

	public Flux<RoomBooking> mine(Actor actor) {
		return this.store.ofHolder(actor.issuer(), actor.subject());
	}

	/**
	 * A room's approved and requested bookings in the week starting on {@code monday}.
	 */
	public Flux<RoomBooking> week(Venue venue, Room room, LocalDate monday) {
		return this.store.ofRoom(room.resource(venue.id()), monday.atStartOfDay(), monday.plusDays(7).atStartOfDay());
	}

	/** Approved bookings from a day on (calendar feeds). */
	public Flux<RoomBooking> approvedFrom(Venue venue, Room room, LocalDate from, int days) {
		return this.store.ofRoom(room.resource(venue.id()), from.atStartOfDay(), from.plusDays(days).atStartOfDay())
			.filter(booking -> booking.status() == BookingStatus.APPROVED);
	}

	/** Whether the room has no approved booking overlapping the period. */
	public Mono<Boolean> free(Venue venue, Room room, Period period) {
		return this.time.holdersBetween(room.resource(venue.id()), period).map(List::isEmpty);
	}

	/**
	 * Of these rooms' resources ({@link Room#resource}), those with an approved booking
	 * overlapping the period, in one read: the search's "free on Tuesday evening".
	 */
	public Mono<java.util.Set<String>> taken(java.util.Collection<String> resources, Period period) {
		return this.time.takenBetween(resources, period);
	}

	/**
	 * The venues with their rooms free for the whole period (all rooms when no period is
	 * asked), leaving out venues with none free: "a free room on Tuesday evening".
	 */
	public Flux<VenueRooms> withFreeRooms(Flux<Venue> venues, Period periodOrNull, int minCapacity) {
		return venues.concatMap(venue -> Flux.fromIterable(venue.rooms())
			.filter(room -> room.capacity() >= minCapacity)
			.filterWhen(room -> periodOrNull == null ? Mono.just(true) : free(venue, room, periodOrNull))
			.collectList()
			.filter(rooms -> !rooms.isEmpty())
			.map(rooms -> new VenueRooms(venue, rooms)));
	}

	/** A venue and the rooms that fit a search. */
	public record VenueRooms(Venue venue, List<Room> rooms) {
	}

	private LocalDateTime now() {
		return LocalDateTime.ofInstant(this.clock.instant(), OSLO);
	}

	Instant instant() {
		return this.clock.instant();
	}

}
