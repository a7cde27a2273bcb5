package no.hverdag.shared.security;

import org.springframework.security.config.web.server.ServerHttpSecurity;

/**
 * A feature module's part of the one security chain (e.g. passwordless sign-in from
 * {@code accounts}), so that {@code shared} need not depend on the module.
 */
public interface SecurityChainContribution {

	void contribute(ServerHttpSecurity http);

}
