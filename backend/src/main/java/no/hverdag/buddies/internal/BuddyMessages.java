package no.hverdag.buddies.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import no.hverdag.buddies.Enrolment;
import no.hverdag.buddies.Pairing;
import no.hverdag.notifications.Notification;
import no.hverdag.notifications.Notifier;
import no.hverdag.shared.ContactPoint;
import no.hverdag.shared.i18n.SupportedLanguage;
import no.hverdag.shared.time.HverdagClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the two people of a pairing are told, each in the language they enrolled in,
 * through the notifications outbox: a proposal to answer (without the other's name), that
 * both said yes, and the follow-up check-in links. A message that cannot be sent is
 * logged and never undoes what happened; the person also sees it under "My buddy".
 */
@Component
public class BuddyMessages {

	private static final Logger log = LoggerFactory.getLogger(BuddyMessages.class);

	private final Notifier notifier;

	private final MessageSource messages;

	private final BuddyStore store;

	private final String baseUrl;

	BuddyMessages(Notifier notifier, MessageSource messages, BuddyStore store,
			@Value("${hverdag.public-url:http://localhost:8080}") String baseUrl) {
		this.notifier = notifier;
		this.messages = messages;
		this.store = store;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	public String checkInLink(String token) {
		return this.baseUrl + "/buddies/check-in/" + token;
	}

	public Mono<Void> proposed(Enrolment person, Instant answerBy) {
		if (person == null) {
			return Mono.empty();
		}
		Locale locale = localeOf(person);
		String by = no.hverdag.shared.i18n.LocalForms.dayMonth(answerBy.atZone(HverdagClock.NORWAY), locale);
		return send(person, "buddies.message.proposed", person.firstName(), by, this.baseUrl + "/buddies/mine");
	}

	public Mono<Void> bothSaidYes(Pairing pairing) {
		return this.store.enrolments(List.of(pairing.newcomerId(), pairing.localId()))
			.concatMap(person -> send(person, "buddies.message.active", person.firstName(), "",
					this.baseUrl + "/buddies/mine"))
			.then();
	}

	public Mono<Void> followUp(Enrolment person, int month, String token) {
		return send(person, "buddies.message.followUp", person.firstName(), Integer.toString(month),
				checkInLink(token));
	}

	private Mono<Void> send(Enrolment person, String key, Object... arguments) {
		ContactPoint to = ContactPoint.parse(person.contact()).orElse(null);
		if (to == null) {
			return Mono.empty();
		}
		Locale locale = localeOf(person);
		String subject = this.messages.getMessage(key + ".subject", arguments, locale);
		String text = this.messages.getMessage(key + ".text", arguments, locale);
		return this.notifier.send(new Notification(to, subject, text)).onErrorResume(error -> {
			log.warn("Could not send {} for enrolment {}", key, person.id(), error);
			return Mono.empty();
		});
	}

	private static Locale localeOf(Enrolment person) {
		return SupportedLanguage.fromCode(person.language()).orElse(SupportedLanguage.NB).locale();
	}

}
