package no.hverdag.accounts.internal;

import no.hverdag.support.HverdagIntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An installation with no identity provider configured (as the shared test context): the
 * registration repository exists anyway (decided at start, ADR 0026), and the sign-in
 * page says, as before, that sign-in through a provider is not set up. With one
 * configured, {@code OidcLoginTest} signs in.
 */
@HverdagIntegrationTest
class SignInWithoutProvidersTest {

	@Autowired
	WebTestClient client;

	@Autowired
	ReactiveClientRegistrationRepository registrations;

	@Test
	@DisplayName("no provider configured: the repository is empty and the sign-in page offers none and says so")
	void noProviders() {
		assertThat(this.registrations).isInstanceOf(Iterable.class);
		assertThat((Iterable<?>) this.registrations).isEmpty();
		this.client.get()
			.uri("/login")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(page -> assertThat(page).contains("Innlogging er ikke satt opp på denne installasjonen.")
				.doesNotContain("/oauth2/authorization/"));
	}

}
