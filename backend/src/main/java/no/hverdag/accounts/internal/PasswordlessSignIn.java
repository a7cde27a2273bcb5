package no.hverdag.accounts.internal;

import java.net.URI;
import java.util.Locale;
import java.util.UUID;

import no.hverdag.notifications.Notification;
import no.hverdag.notifications.Notifier;
import no.hverdag.shared.ContactPoint;
import no.hverdag.shared.security.SecurityChainContribution;
import no.hverdag.shared.web.PublicUrl;
import no.hverdag.shared.web.RecipientLimits;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.core.userdetails.ReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.web.server.ServerRedirectStrategy;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.ott.ServerOneTimeTokenGenerationSuccessHandler;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Sign-in with a one-time code for people without ID-porten or BankID: type an e-mail
 * address or a mobile number, get a six-digit code (and, by e-mail, a link), type the
 * code. The identity is the contact point itself, under
 * {@link no.hverdag.shared.security.Actor#PASSWORDLESS_ISSUER}.
 */
@Configuration(proxyBeanMethods = false)
class PasswordlessSignIn {

	static final String REQUEST_URL = "/login/code/request";

	static final String CODE_PAGE = "/login/code";

	private static final ServerRedirectStrategy REDIRECT = new DefaultServerRedirectStrategy();

	@Bean
	SecurityChainContribution passwordlessSignInChain(OneTimeCodes codes, Notifier notifier, MessageSource messages,
			PublicUrl publicUrl, RecipientLimits recipients) {
		return http -> http.oneTimeTokenLogin(ott -> ott.tokenService(codes)
			.tokenGeneratingUrl(REQUEST_URL)
			.generateRequestResolver(PasswordlessSignIn::codeRequest)
			.tokenGenerationSuccessHandler(sendCode(notifier, messages, publicUrl, recipients))
			.loginProcessingUrl("/login/ott")
			.loginPage("/login")
			.showDefaultSubmitPage(false)
			.authenticationConverter(PasswordlessSignIn::submittedCode)
			.authenticationFailureHandler(wrongCode()));
	}

	/**
	 * Anyone with a working contact point may sign in; what they may do comes from their
	 * roles.
	 */
	@Bean
	ReactiveUserDetailsService passwordlessPeople() {
		return username -> Mono.justOrEmpty(ContactPoint.parse(username))
			.map(contact -> User.withUsername(contact.value())
				.password("{noop}" + UUID.randomUUID())
				.authorities("ROLE_PASSWORDLESS")
				.build());
	}

	/**
	 * An unusable contact point resolves to nothing: the request then reaches the page
	 * that explains.
	 */
	private static Mono<GenerateOneTimeTokenRequest> codeRequest(ServerWebExchange exchange) {
		return exchange.getFormData()
			.mapNotNull(form -> ContactPoint.parse(form.getFirst("username"))
				.map(contact -> new GenerateOneTimeTokenRequest(contact.value(), OneTimeCodes.VALIDITY))
				.orElse(null));
	}

	/**
	 * The link starts with the configured public address, never with the request's
	 * {@code Host}: anyone may send any {@code Host}, and the link carries the whole
	 * token.
	 */
	private static ServerOneTimeTokenGenerationSuccessHandler sendCode(Notifier notifier, MessageSource messages,
			PublicUrl publicUrl, RecipientLimits recipients) {
		return (exchange, token) -> {
			Mono<Void> codePage = REDIRECT.sendRedirect(exchange,
					URI.create(CODE_PAGE + "?ref=" + OneTimeCodes.reference(token)));
			// Past the recipient's limit the answer is the same, only no message goes
			// out: the asker learns nothing, the recipient's phone stays quiet.
			return recipients.tryCodeTo(token.getUsername()).flatMap(allowed -> {
				if (!allowed) {
					return codePage;
				}
				ContactPoint to = ContactPoint.parse(token.getUsername()).orElseThrow();
				Locale locale = exchange.getLocaleContext().getLocale();
				String link = publicUrl.link(UriComponentsBuilder.fromPath(CODE_PAGE)
					.queryParam("token", token.getTokenValue())
					.build()
					.toUriString());
				String text = messages.getMessage(to.isEmail() ? "signin.code.email" : "signin.code.sms",
						new Object[] { OneTimeCodes.code(token), link }, locale);
				return notifier
					.send(new Notification(to, messages.getMessage("signin.code.subject", null, locale), text))
					.then(codePage);
			});
		};
	}

	/**
	 * The code page posts the reference and the typed code; the e-mailed link posts the
	 * whole token.
	 */
	private static Mono<org.springframework.security.core.Authentication> submittedCode(ServerWebExchange exchange) {
		return exchange.getFormData().mapNotNull(form -> {
			String token = form.getFirst("token");
			if (token != null && !token.isBlank()) {
				return OneTimeTokenAuthenticationToken.unauthenticated(token.strip());
			}
			String reference = form.getFirst("ref");
			String code = form.getFirst("code");
			return reference == null || code == null ? null : OneTimeTokenAuthenticationToken
				.unauthenticated(reference.strip() + "." + code.replaceAll("\\s", ""));
		});
	}

	/** Back to the code page, with the reference kept, saying the code did not work. */
	private static ServerAuthenticationFailureHandler wrongCode() {
		return (filterExchange, exception) -> filterExchange.getExchange().getFormData().flatMap(form -> {
			String reference = form.getFirst("ref");
			String target = reference == null ? CODE_PAGE + "?error"
					: UriComponentsBuilder.fromPath(CODE_PAGE)
						.queryParam("ref", reference)
						.queryParam("error")
						.build()
						.toUriString();
			return REDIRECT.sendRedirect(filterExchange.getExchange(), URI.create(target));
		});
	}

}
