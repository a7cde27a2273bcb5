package no.hverdag.humanlibrary;

import java.util.Locale;

import no.hverdag.humanlibrary.internal.SlotDocument.BookingEntry;
import no.hverdag.notifications.Notification;
import no.hverdag.notifications.Notifier;
import no.hverdag.shared.ContactPoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The messages a booking brings, in the language the booker used: confirmation with the
 * cancel link, the reminder the day before, a cancellation by the library; and to the
 * volunteer, that their guest has arrived. A message that cannot be handed over is logged
 * and does not undo the booking.
 */
@Component
class BookingNotices {

	private static final Logger log = LoggerFactory.getLogger(BookingNotices.class);

	private final Notifier notifier;

	private final MessageSource messages;

	private final String publicUrl;

	BookingNotices(Notifier notifier, MessageSource messages,
			@Value("${hverdag.public-url:http://localhost:8080}") String publicUrl) {
		this.notifier = notifier;
		this.messages = messages;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	String link(String token) {
		return this.publicUrl + "/bookings/" + token;
	}

	Mono<Void> confirmed(Slot slot, String libraryName, String firstName, ContactPoint to, String lang,
			String reference, String token) {
		return send(to, lang, "notice.confirmed", firstName, slot, libraryName, reference, link(token));
	}

	Mono<Void> reminder(Slot slot, String libraryName, BookingEntry booking) {
		return send(new ContactPoint(booking.contact()), booking.lang(), "notice.reminder", booking.firstName(), slot,
				libraryName, booking.reference(), "");
	}

	Mono<Void> cancelledByLibrary(Slot slot, String libraryName, BookingEntry booking) {
		return send(new ContactPoint(booking.contact()), booking.lang(), "notice.cancelled", booking.firstName(), slot,
				libraryName, booking.reference(), "");
	}

	/** Issue 12: staff moved the session; the booking moved with it (to {@code slot}). */
	Mono<Void> moved(Slot slot, String libraryName, BookingEntry booking) {
		return send(new ContactPoint(booking.contact()), booking.lang(), "notice.moved", booking.firstName(), slot,
				libraryName, booking.reference(), "");
	}

	Mono<Void> arrived(Slot slot, String libraryName, ContactPoint volunteer, String lang, String guestFirstName) {
		return send(volunteer, lang, "notice.arrived", guestFirstName, slot, libraryName, "", "");
	}

	private Mono<Void> send(ContactPoint to, String lang, String key, String firstName, Slot slot, String libraryName,
			String reference, String link) {
		Locale locale = Locale.forLanguageTag(lang == null ? "nb" : lang);
		String day = no.hverdag.shared.i18n.LocalForms.weekdayDayMonth(slot.day(), locale);
		Object[] args = { firstName, slot.personFirstName(), day, slot.start().toString(), libraryName,
				slot.room() == null ? "" : slot.room(), reference, link };
		String subject = this.messages.getMessage(key + ".subject", args, locale);
		String text = this.messages.getMessage(key + ".text", args, locale);
		return this.notifier.send(new Notification(to, subject, text)).onErrorResume(error -> {
			log.warn("Could not hand over the {} message for booking {}", key, reference, error);
			return Mono.empty();
		});
	}

}
