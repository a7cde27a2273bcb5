package no.hverdag.shared.i18n;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.i18n.AcceptHeaderLocaleContextResolver;
import org.springframework.web.server.i18n.LocaleContextResolver;

/**
 * On pages {@code ?lang=} wins and is remembered in a cookie; then the cookie; then
 * Accept-Language; then bokmål. A cookie rather than the session because resolution is
 * synchronous here. On the API {@code lang} is a search filter (the language spoken at an
 * activity), so there the answer's language comes from the cookie or Accept-Language
 * only.
 */
class LangParamLocaleContextResolver implements LocaleContextResolver {

	static final String COOKIE = "lang";

	private final AcceptHeaderLocaleContextResolver fallback = new AcceptHeaderLocaleContextResolver();

	LangParamLocaleContextResolver() {
		this.fallback
			.setSupportedLocales(Arrays.stream(SupportedLanguage.values()).map(SupportedLanguage::locale).toList());
		this.fallback.setDefaultLocale(SupportedLanguage.NB.locale());
	}

	@Override
	public LocaleContext resolveLocaleContext(ServerWebExchange exchange) {
		boolean api = exchange.getRequest().getPath().value().startsWith("/api/");
		Optional<SupportedLanguage> fromParam = api ? Optional.empty()
				: SupportedLanguage.fromCode(exchange.getRequest().getQueryParams().getFirst("lang"));
		if (fromParam.isPresent()) {
			remember(exchange, fromParam.get());
			return new SimpleLocaleContext(fromParam.get().locale());
		}
		HttpCookie cookie = exchange.getRequest().getCookies().getFirst(COOKIE);
		Optional<SupportedLanguage> fromCookie = SupportedLanguage.fromCode(cookie == null ? null : cookie.getValue());
		if (fromCookie.isPresent()) {
			return new SimpleLocaleContext(fromCookie.get().locale());
		}
		Locale accepted = this.fallback.resolveLocaleContext(exchange).getLocale();
		return new SimpleLocaleContext(SupportedLanguage.of(accepted == null ? Locale.ROOT : accepted).locale());
	}

	private static void remember(ServerWebExchange exchange, SupportedLanguage language) {
		if (!exchange.getResponse().isCommitted()) {
			exchange.getResponse()
				.addCookie(ResponseCookie.from(COOKIE, language.code())
					.path("/")
					.maxAge(Duration.ofDays(365))
					.sameSite("Lax")
					.httpOnly(true)
					.build());
		}
	}

	@Override
	public void setLocaleContext(ServerWebExchange exchange, LocaleContext localeContext) {
		Locale locale = localeContext == null ? null : localeContext.getLocale();
		remember(exchange, SupportedLanguage.of(locale == null ? Locale.ROOT : locale));
	}

}
