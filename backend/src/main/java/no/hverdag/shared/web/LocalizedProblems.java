package no.hverdag.shared.web;

import java.util.Locale;

import no.hverdag.shared.i18n.SupportedLanguage;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Problem details in the caller's language for the answers given before any controller:
 * the security chain's 401 and 403, kiosk authentication, the stream cap. These used to
 * be English whatever the caller asked for (issue 12).
 */
@Component
public class LocalizedProblems {

	private final MessageSource messages;

	LocalizedProblems(MessageSource messages) {
		this.messages = messages;
	}

	public Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String messageKey) {
		SupportedLanguage language = SupportedLanguage.of(localeOf(exchange));
		exchange.getResponse().getHeaders().setContentLanguage(language.locale());
		return ProblemResponses.write(exchange, status, this.messages.getMessage(messageKey, null, language.locale()));
	}

	private static Locale localeOf(ServerWebExchange exchange) {
		LocaleContext context = exchange.getLocaleContext();
		Locale locale = (context != null) ? context.getLocale() : null;
		return (locale != null) ? locale : SupportedLanguage.NB.locale();
	}

}
