package no.hverdag.shared.security;

import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;

/**
 * The identity providers of {@code spring.security.oauth2.client.registration.*}, read
 * when the application starts, possibly none. Boot makes its repository only when some
 * are configured, a bean condition that Spring AOT would fix at build time (where there
 * are none) although every real deployment has some (ADR 0026); this one always exists,
 * built by Boot's own mapper (the same registrations, issuer discovery included), and
 * Boot's backs off. Iterable like Boot's, so the sign-in page can list them.
 */
final class ConfiguredClientRegistrations
		implements ReactiveClientRegistrationRepository, Iterable<ClientRegistration> {

	private final Map<String, ClientRegistration> byId = new LinkedHashMap<>();

	ConfiguredClientRegistrations(Collection<ClientRegistration> registrations) {
		registrations.forEach(registration -> this.byId.put(registration.getRegistrationId(), registration));
	}

	/** As Boot would build them from {@code spring.security.oauth2.client.*}. */
	static ConfiguredClientRegistrations from(OAuth2ClientProperties properties) {
		return new ConfiguredClientRegistrations(
				new OAuth2ClientPropertiesMapper(properties).asClientRegistrations().values());
	}

	/**
	 * Whether a repository has any registration; one that cannot be listed is taken to
	 * have some.
	 */
	static boolean any(ReactiveClientRegistrationRepository repository) {
		return !(repository instanceof Iterable<?> all) || all.iterator().hasNext();
	}

	@Override
	public Mono<ClientRegistration> findByRegistrationId(String registrationId) {
		return Mono.justOrEmpty(this.byId.get(registrationId));
	}

	@Override
	public Iterator<ClientRegistration> iterator() {
		return this.byId.values().iterator();
	}

}
