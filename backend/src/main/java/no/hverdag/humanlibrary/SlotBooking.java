package no.hverdag.humanlibrary;

import no.hverdag.shared.ContactPoint;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;

import no.hverdag.humanlibrary.internal.HumanLibraryStore;
import no.hverdag.shared.HverdagException;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Booking a slot with only a first name and a phone number or e-mail. The place is taken
 * by one conditional update; when none is left, the answer carries the library's next
 * free slots.
 */
@Service
public class SlotBooking {

	static final int ALTERNATIVES = 5;

	/**
	 * Booking references avoid look-alike characters (0/O, 1/I/L) so they can be read
	 * aloud.
	 */
	private static final char[] REFERENCE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

	private final HumanLibraryStore store;

	private final Libraries libraries;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	SlotBooking(HumanLibraryStore store, Libraries libraries, Clock clock) {
		this.store = store;
		this.libraries = libraries;
		this.clock = clock;
	}

	/** Books a slot at this library only: a kiosk cannot book another library's slot. */
	public Mono<Booking> bookAt(String libraryId, String slotId, String firstName, String contact) {
		return this.store.slot(slotId)
			.filter(slot -> slot.libraryId().equals(libraryId))
			.switchIfEmpty(Mono.error(() -> new HverdagException.NotFound("slot", slotId)))
			.then(book(slotId, firstName, contact));
	}

	public Mono<Booking> book(String slotId, String firstName, String contact) {
		String name = firstName == null ? "" : firstName.strip();
		if (name.isEmpty() || name.length() > 60) {
			return Mono.error(new HverdagException.InvalidInput("firstName", "validation.firstName"));
		}
		ContactPoint contactPoint = ContactPoint.parse(contact).orElse(null);
		if (contactPoint == null) {
			return Mono.error(new HverdagException.InvalidInput("contact", "validation.contact"));
		}
		return this.store.slot(slotId)
			.switchIfEmpty(Mono.error(() -> new HverdagException.NotFound("slot", slotId)))
			.flatMap(slot -> {
				if (slot.startsAt().isBefore(LocalDateTime.now(this.clock))) {
					return Mono.error(new HverdagException.Conflict("error.slot.past"));
				}
				String reference = reference();
				return this.store.takePlace(slotId, reference, name, contactPoint.value(), this.clock.instant())
					.map(taken -> new Booking(reference, taken, name, contactPoint, this.clock.instant()))
					.switchIfEmpty(this.libraries.nextFreeSlots(slot.libraryId(), ALTERNATIVES)
						.collectList()
						.flatMap(next -> Mono.error(new SlotFull(next))));
			});
	}

	private String reference() {
		char[] code = new char[6];
		for (int i = 0; i < code.length; i++) {
			code[i] = REFERENCE_ALPHABET[this.random.nextInt(REFERENCE_ALPHABET.length)];
		}
		return new String(code);
	}

}
