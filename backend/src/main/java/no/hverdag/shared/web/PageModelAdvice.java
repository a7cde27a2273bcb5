package no.hverdag.shared.web;

import java.util.List;
import java.util.Set;

import no.hverdag.shared.i18n.SupportedLanguage;
import reactor.core.publisher.Mono;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page's layout needs: the CSRF token for its forms (WebFlux only creates it
 * when someone subscribes), and one link per language that keeps the page the user is on.
 */
@ControllerAdvice(annotations = PageController.class)
public class PageModelAdvice {

	@ModelAttribute("_csrf")
	Mono<CsrfToken> csrfToken(ServerWebExchange exchange) {
		Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
		return token == null ? Mono.empty() : token;
	}

	/**
	 * The names of the query parameters present, for notices after a redirect
	 * ("?registered"). Thymeleaf's {@code param.x} is truthy on WebFlux even when x is
	 * absent.
	 */
	@ModelAttribute("queryFlags")
	Set<String> queryFlags(ServerWebExchange exchange) {
		return exchange.getRequest().getQueryParams().keySet();
	}

	@ModelAttribute("languageLinks")
	List<LanguageLink> languageLinks(ServerWebExchange exchange) {
		return java.util.Arrays.stream(SupportedLanguage.values())
			.map(language -> new LanguageLink(language.code(), language.ownName(), language.rightToLeft(),
					UriComponentsBuilder.fromUri(exchange.getRequest().getURI())
						.replaceQueryParam("lang", language.code())
						.build()
						.toUriString()
						.replaceFirst("^[a-z]+://[^/]+", "")))
			.toList();
	}

	/** A link to the current page in another language, with that language's own name. */
	public record LanguageLink(String code, String ownName, boolean rightToLeft, String href) {
	}

}
