package no.hverdag.organisations.internal;

import java.util.Locale;

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
 * Tells an organisation's contact person that the coordinator approved it (with the link
 * to post activities) or rejected it (with the reason), in the language the organisation
 * chose for our messages (bokmål until it chooses another on its details page). A message
 * that cannot be handed over is logged and does not undo the decision.
 */
@Component
public class DecisionNotices {

	private static final Logger log = LoggerFactory.getLogger(DecisionNotices.class);

	private final Notifier notifier;

	private final MessageSource messages;

	private final String publicUrl;

	DecisionNotices(Notifier notifier, MessageSource messages,
			@Value("${hverdag.public-url:http://localhost:8080}") String publicUrl) {
		this.notifier = notifier;
		this.messages = messages;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	public Mono<Void> decided(Organisation organisation) {
		if (organisation.contact() == null || organisation.contact().email() == null) {
			return Mono.empty();
		}
		String key = organisation.approved() ? "organisation.notice.approved" : "organisation.notice.rejected";
		Object[] args = { organisation.name(), this.publicUrl + "/organisations/" + organisation.id(),
				organisation.decisionMade().map(decision -> decision.reason()).orElse("") };
		// In the language the organisation chose for our messages to it (bokmål unless it
		// chose another).
		Locale language = Locale.forLanguageTag(organisation.language());
		return Mono.justOrEmpty(ContactPoint.parse(organisation.contact().email()))
			.flatMap(to -> this.notifier
				.send(new Notification(to, this.messages.getMessage(key + ".subject", args, language),
						this.messages.getMessage(key + ".text", args, language))))
			.onErrorResume(error -> {
				log.warn("Could not tell organisation {} about the decision", organisation.id(), error);
				return Mono.empty();
			});
	}

}
