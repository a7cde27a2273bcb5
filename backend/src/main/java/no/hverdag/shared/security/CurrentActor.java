package no.hverdag.shared.security;

import java.net.URL;

import reactor.core.publisher.Mono;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.user.OAuth2User;

/** The signed-in actor of the current request, or empty for anonymous visitors. */
public final class CurrentActor {

	private CurrentActor() {
	}

	public static Mono<Actor> get() {
		return ReactiveSecurityContextHolder.getContext()
			.map(SecurityContext::getAuthentication)
			.filter(Authentication::isAuthenticated)
			.mapNotNull(CurrentActor::toActor);
	}

	/**
	 * Like {@link #get()}, but failing for anonymous callers (for routes the security
	 * chain guards anyway).
	 */
	public static Mono<Actor> required() {
		return get()
			.switchIfEmpty(Mono.error(() -> new IllegalStateException("No signed-in actor on a guarded route")));
	}

	static Actor toActor(Authentication authentication) {
		Object principal = authentication.getPrincipal();
		if (principal instanceof OidcUser oidc) {
			URL issuer = oidc.getIdToken().getIssuer();
			String name = oidc.getFullName() != null ? oidc.getFullName() : oidc.getPreferredUsername();
			return new Actor(issuer == null ? "" : issuer.toString(), oidc.getSubject(), name);
		}
		if (principal instanceof Jwt jwt) {
			return new Actor(jwt.getIssuer() == null ? "" : jwt.getIssuer().toString(), jwt.getSubject(),
					jwt.getClaimAsString("name"));
		}
		if (principal instanceof UserDetails user) {
			return new Actor(Actor.PASSWORDLESS_ISSUER, user.getUsername(), user.getUsername());
		}
		if (principal instanceof OAuth2User user) {
			Object issuer = user.getAttribute("iss");
			return new Actor(issuer == null ? "" : issuer.toString(), user.getName(), user.getAttribute("name"));
		}
		return null;
	}

}
