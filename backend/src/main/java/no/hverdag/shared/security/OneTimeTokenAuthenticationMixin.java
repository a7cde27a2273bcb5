package no.hverdag.shared.security;

import java.util.Collection;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import org.springframework.security.core.GrantedAuthority;

/**
 * Lets a session signed in with a one-time code be stored as JSON: Spring Security 7's
 * {@code OneTimeTokenAuthentication} has no Jackson 2 mapping of its own, and Spring
 * Security's type allowlist reads back only classes that have one (issue 10: sessions
 * without Java serialization). Shaped like Spring Security's own
 * {@code UsernamePasswordAuthenticationTokenMixin}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.CLASS, include = JsonTypeInfo.As.PROPERTY)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
		isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonIgnoreProperties(ignoreUnknown = true)
abstract class OneTimeTokenAuthenticationMixin {

	@JsonCreator
	OneTimeTokenAuthenticationMixin(@JsonProperty("principal") Object principal,
			@JsonProperty("authorities") Collection<? extends GrantedAuthority> authorities) {
	}

}
