package no.hverdag.humanlibrary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import no.hverdag.humanlibrary.internal.HumanLibraryStore;
import no.hverdag.humanlibrary.internal.StandingStore;
import no.hverdag.shared.ContactPoint;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.Actor;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/**
 * Who came: the person taps "I'm here" at the kiosk with their reference, or staff mark
 * it; the volunteer is told. After a slot has ended, every booking without a check-in
 * counts once as a missed session for its contact point (a mark per booking with a unique
 * id, so the job can run any number of times); from
 * {@link SlotBooking#NO_SHOWS_BEFORE_CONFIRMATION} on, staff must confirm the person
 * before they book again.
 */
@Service
public class Attendance {

	static final String CHECKED_IN = "checked-in";

	static final String NO_SHOW = "no-show";

	static final String REMINDED = "reminded";

	/** How far back the no-show job looks. */
	private static final int NO_SHOW_LOOKBACK_DAYS = 7;

	private final HumanLibraryStore store;

	private final StandingStore standing;

	private final StaffScope staff;

	private final VolunteerOffers offers;

	private final Libraries libraries;

	private final BookingNotices notices;

	private final Clock clock;

	Attendance(HumanLibraryStore store, StandingStore standing, StaffScope staff, VolunteerOffers offers,
			Libraries libraries, BookingNotices notices, Clock clock) {
		this.store = store;
		this.standing = standing;
		this.staff = staff;
		this.offers = offers;
		this.libraries = libraries;
		this.notices = notices;
		this.clock = clock;
	}

	/** "I'm here", by the reference, at the library of the booking, on its day. */
	public Mono<CheckedIn> checkIn(String libraryId, String reference) {
		String ref = reference == null ? "" : reference.strip().toUpperCase(Locale.ROOT);
		if (ref.isEmpty() || ref.length() > 12) {
			return Mono.error(new HverdagException.InvalidInput("reference", "validation.reference"));
		}
		return this.store.byReference(libraryId, ref)
			.switchIfEmpty(Mono.error(() -> new HverdagException.InvalidInput("reference", "validation.reference")))
			.flatMap(found -> {
				if (!found.slot().day().equals(LocalDate.now(this.clock)) || found.slot().cancelled()) {
					return Mono.error(new HverdagException.Conflict("error.checkIn.notToday"));
				}
				return this.standing.mark(CHECKED_IN, ref, found.slot().id(), this.clock.instant())
					.flatMap(first -> (first ? tellVolunteer(found) : Mono.<Void>empty())
						.thenReturn(new CheckedIn(found.slot(), found.booking().firstName(), ref)));
			});
	}

	public Mono<CheckedIn> checkInByStaff(Actor staffMember, String libraryId, String reference) {
		return this.staff.of(staffMember, libraryId).then(checkIn(libraryId, reference));
	}

	/** Staff confirmed the person: they may book again. */
	public Mono<Void> confirm(Actor staffMember, String libraryId, String contact) {
		return this.staff.of(staffMember, libraryId)
			.then(this.standing.clear(ContactClaims.canonical(contact == null ? "" : contact.strip()), libraryId))
			.then();
	}

	/**
	 * Counts each booking of a slot that ended before now, without a check-in, once as
	 * missed.
	 * @return how many bookings were newly counted as missed
	 */
	public Mono<Long> recordNoShows() {
		return recordNoShows(LocalDateTime.now(this.clock));
	}

	/** As {@link #recordNoShows()}, as if it were {@code now} (Norwegian time). */
	public Mono<Long> recordNoShows(LocalDateTime now) {
		String from = now.toLocalDate().minusDays(NO_SHOW_LOOKBACK_DAYS).toString();
		return this.store
			.bookedSlots(Criteria.where("day").gte(from).lte(now.toLocalDate().toString()).and("cancelled").ne(true))
			.filter(b -> !b.slot().endsAt().isAfter(now))
			.concatMap(b -> this.standing.marked(CHECKED_IN, b.booking().reference())
				.filter(came -> !came)
				.flatMap(missed -> this.standing.mark(NO_SHOW, b.booking().reference(), b.slot().id(),
						this.clock.instant()))
				.filter(Boolean::booleanValue)
				.flatMap(counted -> this.standing.noShow(ContactClaims.canonical(b.booking().contact()),
						b.slot().libraryId(), this.clock.instant())))
			.count();
	}

	/**
	 * Reminds everyone booked for tomorrow, each booking once.
	 * @return how many reminders were sent by this run
	 */
	public Mono<Long> remindTomorrow() {
		String tomorrow = LocalDate.now(this.clock).plusDays(1).toString();
		return this.store.bookedSlots(Criteria.where("day").is(tomorrow).and("cancelled").ne(true))
			.concatMap(b -> this.standing.mark(REMINDED, b.booking().reference(), b.slot().id(), this.clock.instant())
				.filter(Boolean::booleanValue)
				.flatMap(first -> this.libraries.find(b.slot().libraryId()))
				.flatMap(library -> this.notices.reminder(b.slot(), library.name(), b.booking()).thenReturn(1)))
			.count();
	}

	private Mono<Void> tellVolunteer(HumanLibraryStore.BookedSlot found) {
		return this.offers.offerOf(found.slot().personId())
			.filter(offer -> offer.contact() != null)
			.flatMap(volunteer -> this.libraries.find(found.slot().libraryId())
				.flatMap(library -> this.notices.arrived(found.slot(), library.name(),
						new ContactPoint(volunteer.contact()), volunteer.lang(), found.booking().firstName())));
	}

	/** A check-in: the slot and who came. */
	public record CheckedIn(Slot slot, String firstName, String reference) {
	}

}
