package no.hverdag.shared.security;

import java.net.URI;

import reactor.core.publisher.Mono;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.web.server.savedrequest.CookieServerRequestCache;
import org.springframework.security.web.server.savedrequest.ServerRequestCache;
import org.springframework.web.server.ServerWebExchange;

/**
 * Where to return after sign-in, kept in a cookie so that an anonymous visitor of a page
 * that needs sign-in creates no server session (issue 10). Spring's
 * {@link CookieServerRequestCache} writes and reads the cookie; but it forgets the
 * address on the very next request, whatever it is, and a sign-in takes several (the
 * sign-in page, the identity provider, the callback). This one forgets it only when the
 * visitor arrives where they wanted to go.
 */
final class ReturnAddressCookie implements ServerRequestCache {

	private final CookieServerRequestCache cookie = new CookieServerRequestCache();

	@Override
	public Mono<Void> saveRequest(ServerWebExchange exchange) {
		return this.cookie.saveRequest(exchange);
	}

	@Override
	public Mono<URI> getRedirectUri(ServerWebExchange exchange) {
		return this.cookie.getRedirectUri(exchange);
	}

	@Override
	public Mono<ServerHttpRequest> removeMatchingRequest(ServerWebExchange exchange) {
		URI here = exchange.getRequest().getURI();
		String pathAndQuery = here.getRawPath() + ((here.getRawQuery() != null) ? "?" + here.getRawQuery() : "");
		return this.cookie.getRedirectUri(exchange)
			.filter(saved -> saved.toString().equals(pathAndQuery))
			.flatMap(saved -> this.cookie.removeMatchingRequest(exchange));
	}

}
