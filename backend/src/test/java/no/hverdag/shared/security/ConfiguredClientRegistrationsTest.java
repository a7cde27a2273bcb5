package no.hverdag.shared.security;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The identity providers are read from {@code spring.security.oauth2.client.*} when the
 * application starts, with Boot's own mapper, and may be none: the repository always
 * exists (Spring AOT would otherwise fix its absence at build time).
 */
class ConfiguredClientRegistrationsTest {

	@Test
	@DisplayName("with no registration configured the repository is empty and sign-in through a provider is off")
	void none() {
		OAuth2ClientProperties properties = new OAuth2ClientProperties();
		properties.afterPropertiesSet();
		ConfiguredClientRegistrations registrations = ConfiguredClientRegistrations.from(properties);
		assertThat(registrations).isEmpty();
		assertThat(ConfiguredClientRegistrations.any(registrations)).isFalse();
		StepVerifier.create(registrations.findByRegistrationId("idporten")).verifyComplete();
	}

	@Test
	@DisplayName("a configured registration is found by its id and listed, as Boot's repository would")
	void one() {
		OAuth2ClientProperties properties = new OAuth2ClientProperties();
		OAuth2ClientProperties.Registration idporten = new OAuth2ClientProperties.Registration();
		idporten.setClientId("hverdag-web");
		idporten.setClientSecret("secret");
		idporten.setClientName("ID-porten");
		idporten.setProvider("idporten");
		idporten.setAuthorizationGrantType("authorization_code");
		idporten.setRedirectUri("{baseUrl}/login/oauth2/code/{registrationId}");
		properties.getRegistration().put("idporten", idporten);
		OAuth2ClientProperties.Provider provider = new OAuth2ClientProperties.Provider();
		provider.setAuthorizationUri("https://idporten.example/authorize");
		provider.setTokenUri("https://idporten.example/token");
		properties.getProvider().put("idporten", provider);
		properties.afterPropertiesSet();

		ConfiguredClientRegistrations registrations = ConfiguredClientRegistrations.from(properties);

		assertThat(ConfiguredClientRegistrations.any(registrations)).isTrue();
		assertThat(registrations).singleElement()
			.satisfies(registration -> assertThat(registration.getClientName()).isEqualTo("ID-porten"));
		StepVerifier.create(registrations.findByRegistrationId("idporten"))
			.assertNext(registration -> assertThat(registration.getProviderDetails().getAuthorizationUri())
				.isEqualTo("https://idporten.example/authorize"))
			.verifyComplete();
	}

	@Test
	@DisplayName("a repository that cannot be listed (a test's own) counts as having providers")
	void unlistable() {
		assertThat(ConfiguredClientRegistrations.any(registrationId -> Mono.empty())).isTrue();
	}

}
