package no.hverdag.accounts.internal;

import java.util.List;

import no.hverdag.shared.security.Actor;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Platform admins come from configuration
 * ({@code hverdag.security.admins[0].issuer/subject}), not from the database: nobody can
 * make themselves admin through the application.
 */
@ConfigurationProperties("hverdag.security")
public record PlatformAdmins(List<Identity> admins) {

	public PlatformAdmins {
		admins = admins == null ? List.of() : List.copyOf(admins);
	}

	public boolean isAdmin(Actor actor) {
		return this.admins.stream().anyMatch(a -> actor.sameIdentity(a.issuer(), a.subject()));
	}

	/** An identity as the provider names it. */
	public record Identity(String issuer, String subject) {
	}

}
