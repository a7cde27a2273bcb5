package no.hverdag.humanlibrary;

import java.util.List;

import no.hverdag.booking.Period;
import no.hverdag.booking.PersonalTime;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * One person (contact point) never holds two overlapping slots, without transactions: the
 * booking core's {@link PersonalTime} with the contact point as the person (ADR 0006, ADR
 * 0008). Before a place is taken, the booking claims every quarter hour its slot covers,
 * one unique claim per quarter hour, in time order, so two bookings racing for the same
 * hours meet at the first shared quarter hour and exactly one goes on. A booking that
 * loses, or whose slot turns out full, releases its own claims again; a cancelled booking
 * does the same. What this class adds is the human library's idea of a person: a
 * Norwegian number typed in any of its forms is one person.
 */
@Component
class ContactClaims {

	private final PersonalTime time;

	ContactClaims(PersonalTime time) {
		this.time = time;
	}

	Mono<Boolean> claim(String contact, Slot slot, String holder) {
		return this.time.claim(canonical(contact), holder, List.of(slot.period()));
	}

	Mono<Void> release(String holder) {
		return this.time.release(holder);
	}

	/** Releases what {@link #claim} claimed for this slot, looked up by id. */
	Mono<Void> release(String contact, Slot slot, String holder) {
		return this.time.release(canonical(contact), holder, List.of(slot.period()));
	}

	/**
	 * A booking moved with its slot (a session's time was edited): claims the new quarter
	 * hours (those it already has count as claimed), then releases the old ones the new
	 * time does not cover. Repeating it is harmless.
	 */
	Mono<Boolean> move(String contact, String holder, Period from, Period to) {
		String person = canonical(contact);
		return this.time.claim(person, holder, List.of(to))
			.flatMap(claimed -> claimed
					? this.time.releaseMoved(person, holder, List.of(from), List.of(to)).thenReturn(true)
					: Mono.just(false));
	}

	/**
	 * One person, one key: a Norwegian mobile number typed with or without +47 or 0047 is
	 * the same number.
	 */
	static String canonical(String contact) {
		if (contact.matches("[0-9]{8}")) {
			return "+47" + contact;
		}
		return contact.startsWith("0047") && contact.length() == 12 ? "+" + contact.substring(2) : contact;
	}

	/** The ids of the claims a booking of the slot takes ({@code contact|day|HH:mm}). */
	static List<String> keys(String contact, Slot slot) {
		String person = canonical(contact);
		return slot.period()
			.quarterHours()
			.stream()
			.map(quarter -> person + "|" + quarter.toLocalDate() + "|" + quarter.toLocalTime())
			.toList();
	}

}
