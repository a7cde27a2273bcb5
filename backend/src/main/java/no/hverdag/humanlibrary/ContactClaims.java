package no.hverdag.humanlibrary;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import no.hverdag.humanlibrary.internal.ClaimStore;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * One person (contact point) never holds two overlapping slots, without transactions:
 * before a place is taken, the booking claims every quarter hour its slot covers for that
 * contact point, one insert per quarter hour into {@code contact_claims}, whose
 * {@code _id} ({@code contact|day|HH:mm}) is unique. Two overlapping bookings share at
 * least one quarter hour, so only one of them can claim it. Claims are made in time
 * order, so two bookings racing for the same hours meet at the first shared quarter hour
 * and exactly one goes on (like locks taken in a fixed order: never both lose, never both
 * win). A booking that loses, or whose slot turns out full, releases its own claims again
 * (a compensating delete by holder); a cancelled booking does the same.
 */
@Component
class ContactClaims {

	private final ClaimStore store;

	ContactClaims(ClaimStore store) {
		this.store = store;
	}

	Mono<Boolean> claim(String contact, Slot slot, String holder) {
		return this.store.claimAll(keys(contact, slot), canonical(contact), slot.day().toString(), holder)
			.flatMap(claimed -> claimed ? Mono.just(true) : this.store.release(holder).thenReturn(false));
	}

	Mono<Void> release(String holder) {
		return this.store.release(holder);
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

	static List<String> keys(String contact, Slot slot) {
		contact = canonical(contact);
		List<String> keys = new ArrayList<>();
		int from = slot.start().toSecondOfDay() / 60 / 15 * 15;
		// A slot running past midnight claims up to midnight: sessions are within a day.
		int to = Math.min(24 * 60, slot.start().toSecondOfDay() / 60 + slot.durationMinutes());
		for (int minute = from; minute < to; minute += 15) {
			keys.add(contact + "|" + slot.day() + "|" + LocalTime.ofSecondOfDay(minute * 60L));
		}
		return keys;
	}

}
