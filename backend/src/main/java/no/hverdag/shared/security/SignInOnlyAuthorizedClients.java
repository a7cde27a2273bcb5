package no.hverdag.shared.security;

import reactor.core.publisher.Mono;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.web.server.ServerWebExchange;

/**
 * Keeps no OAuth2 authorized client anywhere (issue 17). Hverdag uses OpenID Connect only
 * to learn who signed in; it calls no API with the person's tokens, so nothing ever loads
 * an authorized client. Boot's default kept every one in this node's memory (tokens
 * included, never removed), which a second node could not see; keeping them in the web
 * session instead would write ID-porten's access token, whose payload carries the
 * national identity number, and the client secret into {@code web_sessions}, which the
 * sessions deliberately never hold ({@code OidcLoginTest}). Keeping nothing is right on
 * every node. A feature that calls an API on someone's behalf needs a store that encrypts
 * the tokens (see ADR 0017).
 */
final class SignInOnlyAuthorizedClients implements ServerOAuth2AuthorizedClientRepository {

	@Override
	public <T extends OAuth2AuthorizedClient> Mono<T> loadAuthorizedClient(String clientRegistrationId,
			Authentication principal, ServerWebExchange exchange) {
		return Mono.empty();
	}

	@Override
	public Mono<Void> saveAuthorizedClient(OAuth2AuthorizedClient authorizedClient, Authentication principal,
			ServerWebExchange exchange) {
		return Mono.empty();
	}

	@Override
	public Mono<Void> removeAuthorizedClient(String clientRegistrationId, Authentication principal,
			ServerWebExchange exchange) {
		return Mono.empty();
	}

}
