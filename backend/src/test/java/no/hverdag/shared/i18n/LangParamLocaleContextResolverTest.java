package no.hverdag.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

@DisplayName("The language of a request")
class LangParamLocaleContextResolverTest {

	private final LangParamLocaleContextResolver resolver = new LangParamLocaleContextResolver();

	private static MockServerWebExchange exchange(MockServerHttpRequest.BaseBuilder<?> request) {
		return MockServerWebExchange.from(request.build());
	}

	private Locale resolve(MockServerWebExchange exchange) {
		return this.resolver.resolveLocaleContext(exchange).getLocale();
	}

	@Test
	@DisplayName("is bokmål when nothing says otherwise")
	void defaultIsBokmal() {
		MockServerWebExchange exchange = exchange(MockServerHttpRequest.get("/"));

		assertThat(resolve(exchange)).isEqualTo(Locale.forLanguageTag("nb"));
		assertThat(exchange.getResponse().getCookies()).doesNotContainKey("lang");
	}

	@Test
	@DisplayName("follows ?lang= and remembers it in a cookie")
	void paramWinsAndIsRemembered() {
		MockServerWebExchange exchange = exchange(MockServerHttpRequest.get("/").queryParam("lang", "ar"));

		assertThat(resolve(exchange)).isEqualTo(Locale.forLanguageTag("ar"));
		ResponseCookie cookie = exchange.getResponse().getCookies().getFirst("lang");
		assertThat(cookie).isNotNull();
		assertThat(cookie.getValue()).isEqualTo("ar");
		assertThat(cookie.getPath()).isEqualTo("/");
		assertThat(cookie.getMaxAge()).isPositive();
	}

	@Test
	@DisplayName("follows the cookie when there is no ?lang=")
	void cookieAlone() {
		MockServerWebExchange exchange = exchange(MockServerHttpRequest.get("/").cookie(new HttpCookie("lang", "en")));

		assertThat(resolve(exchange)).isEqualTo(Locale.forLanguageTag("en"));
	}

	@Test
	@DisplayName("follows ?lang= over the cookie, and replaces the cookie")
	void paramOverridesCookie() {
		MockServerWebExchange exchange = exchange(
				MockServerHttpRequest.get("/").queryParam("lang", "nb").cookie(new HttpCookie("lang", "en")));

		assertThat(resolve(exchange)).isEqualTo(Locale.forLanguageTag("nb"));
		assertThat(exchange.getResponse().getCookies().getFirst("lang").getValue()).isEqualTo("nb");
	}

	@Test
	@DisplayName("follows the cookie over Accept-Language")
	void cookieOverridesAcceptLanguage() {
		MockServerWebExchange exchange = exchange(MockServerHttpRequest.get("/")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.cookie(new HttpCookie("lang", "ar")));

		assertThat(resolve(exchange)).isEqualTo(Locale.forLanguageTag("ar"));
	}

	@Test
	@DisplayName("is bokmål when Accept-Language asks only for a language we do not speak")
	void unsupportedAcceptLanguage() {
		MockServerWebExchange exchange = exchange(
				MockServerHttpRequest.get("/").header(HttpHeaders.ACCEPT_LANGUAGE, "de"));

		assertThat(resolve(exchange)).isEqualTo(Locale.forLanguageTag("nb"));
	}

	@Test
	@DisplayName("is English when Accept-Language asks for American English")
	void regionalAcceptLanguage() {
		MockServerWebExchange exchange = exchange(
				MockServerHttpRequest.get("/").header(HttpHeaders.ACCEPT_LANGUAGE, "en-US"));

		assertThat(resolve(exchange)).isEqualTo(Locale.forLanguageTag("en"));
		assertThat(exchange.getResponse().getCookies()).doesNotContainKey("lang");
	}

	@Test
	@DisplayName("ignores ?lang= with a language we do not speak")
	void unsupportedParamIgnored() {
		MockServerWebExchange alone = exchange(MockServerHttpRequest.get("/").queryParam("lang", "xx"));
		MockServerWebExchange withCookie = exchange(
				MockServerHttpRequest.get("/").queryParam("lang", "xx").cookie(new HttpCookie("lang", "en")));

		assertThat(resolve(alone)).isEqualTo(Locale.forLanguageTag("nb"));
		assertThat(alone.getResponse().getCookies()).doesNotContainKey("lang");
		assertThat(resolve(withCookie)).isEqualTo(Locale.forLanguageTag("en"));
		assertThat(withCookie.getResponse().getCookies()).doesNotContainKey("lang");
	}

}
