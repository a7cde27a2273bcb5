package no.hverdag.kiosk.internal;

import no.hverdag.kiosk.KioskDevices;
import no.hverdag.shared.security.KioskAuthentication;
import no.hverdag.shared.security.SecurityChainContribution;
import no.hverdag.shared.web.LocalizedProblems;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Kiosks send {@code Authorization: Kiosk <credential>} on every request. Checked against
 * the store each time (no session), so a revoked kiosk is refused at once; a bad
 * credential is a 401.
 */
@Component
class KioskDeviceAuthentication implements SecurityChainContribution {

	static final String SCHEME = "Kiosk ";

	private final KioskDevices devices;

	private final LocalizedProblems problems;

	KioskDeviceAuthentication(KioskDevices devices, LocalizedProblems problems) {
		this.devices = devices;
		this.problems = problems;
	}

	@Override
	public void contribute(org.springframework.security.config.web.server.ServerHttpSecurity http) {
		ReactiveAuthenticationManager manager = authentication -> this.devices
			.authenticate((String) authentication.getCredentials())
			.<Authentication>map(KioskAuthentication::new)
			.switchIfEmpty(Mono.error(() -> new BadCredentialsException("Unknown or revoked kiosk")));
		AuthenticationWebFilter filter = new AuthenticationWebFilter(manager);
		filter.setServerAuthenticationConverter(
				exchange -> Mono.justOrEmpty(exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION))
					.filter(header -> header.startsWith(SCHEME))
					.map(header -> new KioskCredentialToken(header.substring(SCHEME.length()).strip())));
		filter.setSecurityContextRepository(NoOpServerSecurityContextRepository.getInstance());
		filter.setAuthenticationFailureHandler(unauthorized(this.problems));
		http.addFilterAt(filter, SecurityWebFiltersOrder.AUTHENTICATION);
	}

	private static ServerAuthenticationFailureHandler unauthorized(LocalizedProblems problems) {
		return (filterExchange, exception) -> {
			filterExchange.getExchange().getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Kiosk");
			return problems.write(filterExchange.getExchange(), HttpStatus.UNAUTHORIZED,
					"security.problem.unknownKiosk");
		};
	}

	/** The credential as it arrives, before it is checked. */
	static final class KioskCredentialToken
			extends org.springframework.security.authentication.AbstractAuthenticationToken {

		private final String credential;

		KioskCredentialToken(String credential) {
			super(java.util.List.of());
			this.credential = credential;
		}

		@Override
		public Object getCredentials() {
			return this.credential;
		}

		@Override
		public Object getPrincipal() {
			return "kiosk";
		}

	}

}
