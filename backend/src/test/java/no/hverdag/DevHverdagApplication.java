package no.hverdag;

import org.springframework.boot.SpringApplication;

/**
 * Hverdag for local use: the embedded store with the demo content, and an in-process
 * OpenID Connect provider (NAV's mock-oauth2-server) where you sign in as any demo user
 * by typing their name. Lives in test sources because that provider must never reach the
 * production jar. Run with {@code ./mvnw -pl backend -am spring-boot:test-run}.
 */
public final class DevHverdagApplication {

	private DevHverdagApplication() {
	}

	public static void main(String[] args) {
		SpringApplication.from(HverdagApplication::main)
			.with(DevIdentityProvider.class)
			.withAdditionalProfiles("dev")
			.run(args);
	}

}
