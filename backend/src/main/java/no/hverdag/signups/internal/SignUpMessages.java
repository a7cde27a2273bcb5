package no.hverdag.signups.internal;

import java.time.LocalDate;
import java.util.Locale;

import no.hverdag.activities.Activity;
import no.hverdag.notifications.Notification;
import no.hverdag.notifications.Notifier;
import no.hverdag.shared.ContactPoint;
import no.hverdag.shared.i18n.SupportedLanguage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The messages a person gets about a sign-up, in the language they signed up in, through
 * the notifications outbox. A message that cannot be sent is logged, never undoes the
 * sign-up: the person still sees it on the cancel page and in their own list.
 */
@Component
public class SignUpMessages {

	private static final Logger log = LoggerFactory.getLogger(SignUpMessages.class);

	private final Notifier notifier;

	private final MessageSource messages;

	private final String baseUrl;

	SignUpMessages(Notifier notifier, MessageSource messages,
			@Value("${hverdag.public-url:http://localhost:8080}") String baseUrl) {
		this.notifier = notifier;
		this.messages = messages;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** Where the person sees and cancels their sign-up. */
	public String cancelLink(String token) {
		return this.baseUrl + "/signups/" + token;
	}

	public String baseUrl() {
		return this.baseUrl;
	}

	public Mono<Void> confirmed(SignUpDocument signUp, Activity activity, String token) {
		return send(signUp, activity, "signup.message.confirmed", cancelLink(token), null);
	}

	public Mono<Void> waiting(SignUpDocument signUp, Activity activity, String token, long position) {
		return send(signUp, activity, "signup.message.waiting", cancelLink(token), position);
	}

	public Mono<Void> promoted(SignUpDocument signUp, Activity activity) {
		return send(signUp, activity, "signup.message.promoted", null, null);
	}

	public Mono<Void> reminder(SignUpDocument signUp, Activity activity) {
		return send(signUp, activity, "signup.message.reminder", null, null);
	}

	/** The organisation cancelled this occurrence; {@code reason} may be empty. */
	public Mono<Void> occurrenceCancelled(SignUpDocument signUp, Activity activity, String reason) {
		return send(signUp, activity, "signup.message.occurrenceCancelled", reason == null ? "" : reason, null);
	}

	private Mono<Void> send(SignUpDocument signUp, Activity activity, String key, String link, Long position) {
		if (signUp.contact() == null) {
			return Mono.empty();
		}
		ContactPoint to = ContactPoint.parse(signUp.contact()).orElse(null);
		if (to == null) {
			return Mono.empty();
		}
		Locale locale = SupportedLanguage.of(Locale.forLanguageTag(signUp.language())).locale();
		String title = activity.texts().in(locale.getLanguage()).title();
		String day = no.hverdag.shared.i18n.LocalForms.weekdayDayMonth(LocalDate.parse(signUp.date()), locale);
		Object[] arguments = { signUp.firstName(), title, day, signUp.start(), activity.place().name(),
				link == null ? "" : link, position == null ? "" : position.toString() };
		String subject = this.messages.getMessage(key + ".subject", arguments, locale);
		String text = this.messages.getMessage(key + ".text", arguments, locale);
		return this.notifier.send(new Notification(to, subject, text)).onErrorResume(error -> {
			log.warn("Could not send {} for sign-up {}", key, signUp.id(), error);
			return Mono.empty();
		});
	}

}
