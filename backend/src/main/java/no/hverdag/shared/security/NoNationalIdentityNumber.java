package no.hverdag.shared.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.ReactiveOAuth2UserService;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.core.user.OAuth2UserAuthority;

/**
 * ID-porten puts the national identity number ({@code pid}) in every ID token. Hverdag
 * never stores it: the signed-in user kept in the session is rebuilt without those claims
 * and without the raw token (whose payload carries them), before the session is saved.
 */
@Configuration(proxyBeanMethods = false)
class NoNationalIdentityNumber {

	/** Claims that carry a national identity number (fødselsnummer, D-nummer). */
	static final Set<String> FORBIDDEN_CLAIMS = Set.of("pid", "ssn", "personal_id", "norwegian_national_id");

	@Bean
	ReactiveOAuth2UserService<OidcUserRequest, OidcUser> oidcUserService() {
		OidcReactiveOAuth2UserService delegate = new OidcReactiveOAuth2UserService();
		return request -> delegate.loadUser(request).map(NoNationalIdentityNumber::withoutNationalId);
	}

	static OidcUser withoutNationalId(OidcUser user) {
		OidcIdToken token = user.getIdToken();
		OidcIdToken cleaned = new OidcIdToken("redacted", token.getIssuedAt(), token.getExpiresAt(),
				without(token.getClaims()));
		OidcUserInfo info = user.getUserInfo() == null ? null
				: new OidcUserInfo(without(user.getUserInfo().getClaims()));
		// The authorities carry the ID token too: rebuild them from the cleaned one.
		List<GrantedAuthority> authorities = user.getAuthorities()
			.stream()
			.map(authority -> cleanedAuthority(authority, cleaned, info))
			.toList();
		return new DefaultOidcUser(authorities, cleaned, info);
	}

	private static GrantedAuthority cleanedAuthority(GrantedAuthority authority, OidcIdToken cleaned,
			OidcUserInfo info) {
		if (authority instanceof OidcUserAuthority oidc) {
			return new OidcUserAuthority(oidc.getAuthority(), cleaned, info);
		}
		if (authority instanceof OAuth2UserAuthority oauth2) {
			return new OAuth2UserAuthority(oauth2.getAuthority(), without(oauth2.getAttributes()));
		}
		return authority;
	}

	private static Map<String, Object> without(Map<String, Object> claims) {
		Map<String, Object> kept = new HashMap<>(claims);
		FORBIDDEN_CLAIMS.forEach(kept::remove);
		return kept;
	}

}
