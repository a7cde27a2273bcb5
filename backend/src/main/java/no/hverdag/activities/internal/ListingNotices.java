package no.hverdag.activities.internal;

import java.util.Locale;

import no.hverdag.activities.Activity;
import no.hverdag.notifications.Notification;
import no.hverdag.notifications.Notifier;
import no.hverdag.organisations.Organisation;
import no.hverdag.shared.ContactPoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells an organisation that the coordinator unpublished one of its listings (with the
 * reason and the link to fix it) or published it again, in the language its members chose
 * for our messages, through the notifications outbox. A message that cannot be handed
 * over is logged and does not undo the decision: the reason is on the organisation's
 * page.
 */
@Component
public class ListingNotices {

	private static final Logger log = LoggerFactory.getLogger(ListingNotices.class);

	private final Notifier notifier;

	private final MessageSource messages;

	private final String publicUrl;

	ListingNotices(Notifier notifier, MessageSource messages,
			@Value("${hverdag.public-url:http://localhost:8080}") String publicUrl) {
		this.notifier = notifier;
		this.messages = messages;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	public Mono<Void> unpublished(Organisation organisation, Activity activity) {
		return send(organisation, activity, "listing.notice.unpublished");
	}

	public Mono<Void> republished(Organisation organisation, Activity activity) {
		return send(organisation, activity, "listing.notice.republished");
	}

	private Mono<Void> send(Organisation organisation, Activity activity, String key) {
		if (organisation.contact() == null || organisation.contact().email() == null) {
			return Mono.empty();
		}
		Locale locale = Locale.forLanguageTag(organisation.language());
		Object[] args = { activity.texts().in(locale.getLanguage()).title(), organisation.name(),
				activity.unpublishReason() == null ? "" : activity.unpublishReason(),
				this.publicUrl + "/organisations/" + organisation.id() + "/activities/" + activity.id() + "/edit" };
		return Mono.justOrEmpty(ContactPoint.parse(organisation.contact().email()))
			.flatMap(to -> this.notifier
				.send(new Notification(to, this.messages.getMessage(key + ".subject", args, locale),
						this.messages.getMessage(key + ".text", args, locale))))
			.onErrorResume(error -> {
				log.warn("Could not tell organisation {} about listing {}", organisation.id(), activity.id(), error);
				return Mono.empty();
			});
	}

}
