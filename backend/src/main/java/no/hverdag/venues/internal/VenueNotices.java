package no.hverdag.venues.internal;

import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

import no.hverdag.booking.BookingStatus;
import no.hverdag.notifications.Notification;
import no.hverdag.notifications.Notifier;
import no.hverdag.shared.ContactPoint;
import no.hverdag.shared.i18n.LocalForms;
import no.hverdag.venues.RoomBooking;
import no.hverdag.venues.Season;
import no.hverdag.venues.SeasonApplication;
import no.hverdag.venues.Venue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The messages venues send through the notification outbox, in the language the person
 * used: the owner's decision on a room booking (with the reason when declined) and a
 * season's outcome for each application. A message that cannot be handed over is logged
 * and does not undo the decision.
 */
@Component
public class VenueNotices {

	private static final Logger log = LoggerFactory.getLogger(VenueNotices.class);

	private final Notifier notifier;

	private final MessageSource messages;

	private final String publicUrl;

	VenueNotices(Notifier notifier, MessageSource messages,
			@Value("${hverdag.public-url:http://localhost:8080}") String publicUrl) {
		this.notifier = notifier;
		this.messages = messages;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	public Mono<Void> bookingDecided(Venue venue, RoomBooking booking) {
		Locale locale = locale(booking.lang());
		String key = booking.status() == BookingStatus.APPROVED ? "venues.notice.approved" : "venues.notice.declined";
		String room = venue.room(booking.roomKey()).map(r -> r.name()).orElse(booking.roomKey());
		Object[] args = { venue.name(), room, LocalForms.numericDateTime(booking.first().start(), locale),
				booking.first().end().toLocalTime().toString(), booking.periods().size(),
				booking.reason() == null ? "" : booking.reason(), this.publicUrl + "/venues/manage" };
		return send(booking.holder().contact(), locale, key, args, booking.id());
	}

	public Mono<Void> seasonOutcome(Season season, SeasonApplication application, String place, String heldByName) {
		Locale locale = locale(application.lang());
		boolean granted = application.outcome() == SeasonApplication.Outcome.GRANTED;
		String reason = application.reasonKey() == null ? ""
				: this.messages.getMessage(application.reasonKey(), new Object[] { place, heldByName }, locale);
		Object[] args = { season.name(), application.organisationName(),
				application.weekday().getDisplayName(TextStyle.FULL, locale), application.start().toString(),
				application.end().toString(), place, reason, this.publicUrl + "/seasons/" + season.id() };
		return send(application.holder().contact(), locale, granted ? "season.notice.granted" : "season.notice.refused",
				args, application.id());
	}

	private Mono<Void> send(String contact, Locale locale, String key, Object[] args, String id) {
		Optional<ContactPoint> to = ContactPoint.parse(contact);
		if (to.isEmpty()) {
			return Mono.empty();
		}
		String subject = this.messages.getMessage(key + ".subject", args, locale);
		String text = this.messages.getMessage(key + ".text", args, locale);
		return this.notifier.send(new Notification(to.get(), subject, text)).onErrorResume(error -> {
			log.warn("Could not hand over the {} message for {}", key, id, error);
			return Mono.empty();
		});
	}

	private static Locale locale(String lang) {
		return Locale.forLanguageTag(lang == null || lang.isBlank() ? "nb" : lang);
	}

}
