package no.hverdag.shared.security;

import reactor.core.publisher.Mono;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.authorization.AuthorizationContext;

/**
 * Signed-in people pass; integrations with a bearer token pass only with the route's
 * scope, so a token issued for reading one's own data cannot moderate organisations.
 */
final class BearerScopes {

	private BearerScopes() {
	}

	/** Only a kiosk with its device credential; people and integrations do not pass. */
	static ReactiveAuthorizationManager<AuthorizationContext> kioskOnly() {
		return (authentication, context) -> authentication.map(auth -> auth instanceof KioskAuthentication)
			.defaultIfEmpty(false)
			.map(AuthorizationDecision::new);
	}

	static ReactiveAuthorizationManager<AuthorizationContext> signedInWith(String scope) {
		return (authentication, context) -> authentication
			.filter(auth -> auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)
					&& !(auth instanceof KioskAuthentication))
			.map(auth -> !(auth instanceof JwtAuthenticationToken) || (scope != null && auth.getAuthorities()
				.stream()
				.anyMatch(granted -> granted.getAuthority().equals("SCOPE_" + scope))))
			.defaultIfEmpty(false)
			.map(AuthorizationDecision::new);
	}

}
