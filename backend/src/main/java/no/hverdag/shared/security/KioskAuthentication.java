package no.hverdag.shared.security;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request made by a kiosk with its device credential. It is not a person: it passes
 * only the routes declared for kiosks, and only for its own library.
 */
public final class KioskAuthentication extends AbstractAuthenticationToken {

	private final KioskDevice device;

	public KioskAuthentication(KioskDevice device) {
		super(List.of(new SimpleGrantedAuthority("ROLE_KIOSK")));
		this.device = device;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public KioskDevice getPrincipal() {
		return this.device;
	}

}
