package no.hverdag.humanlibrary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import no.hverdag.humanlibrary.internal.HumanLibraryStore;
import no.hverdag.humanlibrary.internal.StandingStore;
import no.hverdag.shared.security.Actor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/**
 * What a library's staff see at the desk: today's bookings with who came, the people to
 * borrow and their sessions, the coming booked slots, and who must be confirmed before
 * booking again.
 */
@Service
public class StaffDesk {

	/** How far ahead the desk lists slots (the page stays small enough to read). */
	static final int COMING_DAYS = 7;

	private final StaffScope staff;

	private final HumanLibraryStore store;

	private final StandingStore standing;

	private final Sessions sessions;

	private final Clock clock;

	StaffDesk(StaffScope staff, HumanLibraryStore store, StandingStore standing, Sessions sessions, Clock clock) {
		this.staff = staff;
		this.store = store;
		this.standing = standing;
		this.sessions = sessions;
		this.clock = clock;
	}

	public Mono<Desk> of(Actor staffMember, String libraryId) {
		String today = LocalDate.now(this.clock).toString();
		String last = LocalDate.now(this.clock).plusDays(COMING_DAYS).toString();
		return this.staff.of(staffMember, libraryId).flatMap(library -> {
			Mono<List<TodaysBooking>> todays = this.store
				.bookedSlots(Criteria.where("libraryId").is(libraryId).and("day").is(today))
				.concatMap(b -> this.standing.marked(Attendance.CHECKED_IN, b.booking().reference())
					.zipWith(this.standing.marked(Attendance.NO_SHOW, b.booking().reference()))
					.map(marks -> new TodaysBooking(b.slot(), b.booking().reference(), b.booking().firstName(),
							b.booking().contact(), marks.getT1(), marks.getT2())))
				.collectList();
			Mono<List<Slot>> coming = this.store.slots(
					Criteria.where("libraryId").is(libraryId).and("day").gte(today).lte(last).and("cancelled").ne(true))
				.collectList();
			Mono<List<PersonToBorrow>> people = this.store.people()
				.filter(p -> p.libraryId().equals(libraryId))
				.sort(java.util.Comparator.comparing(PersonToBorrow::firstName))
				.collectList();
			Flux<StandingStore.Standing> blocked = this.standing.atLeast(SlotBooking.NO_SHOWS_BEFORE_CONFIRMATION,
					libraryId);
			return Mono
				.zip(todays, coming, people, this.sessions.at(staffMember, libraryId).collectList(),
						blocked.map(StandingStore.Standing::contact).collectList())
				.map(t -> new Desk(library, t.getT1(), t.getT2(), t.getT3(), t.getT4(), t.getT5()));
		});
	}

	/** The staff's view of one library. */
	public record Desk(Library library, List<TodaysBooking> today, List<Slot> coming, List<PersonToBorrow> people,
			List<Session> sessions, List<String> needConfirmation) {
	}

	/** One of today's bookings, and whether the person came. */
	public record TodaysBooking(Slot slot, String reference, String firstName, String contact, boolean checkedIn,
			boolean noShow) {
	}

}
