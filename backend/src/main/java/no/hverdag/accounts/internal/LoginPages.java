package no.hverdag.accounts.internal;

import java.util.ArrayList;
import java.util.List;

import no.hverdag.shared.web.PageController;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page offers exactly the identity providers that are configured, and says so
 * when none are.
 */
@PageController
class LoginPages {

	private final ObjectProvider<ReactiveClientRegistrationRepository> registrations;

	LoginPages(ObjectProvider<ReactiveClientRegistrationRepository> registrations) {
		this.registrations = registrations;
	}

	@GetMapping("/login")
	String login(Model model) {
		List<Provider> providers = new ArrayList<>();
		if (this.registrations.getIfAvailable() instanceof Iterable<?> all) {
			for (Object each : all) {
				ClientRegistration registration = (ClientRegistration) each;
				providers.add(new Provider(registration.getClientName(),
						"/oauth2/authorization/" + registration.getRegistrationId()));
			}
		}
		model.addAttribute("providers", providers);
		return "accounts/login";
	}

	/** A configured identity provider and the link that starts signing in with it. */
	public record Provider(String name, String href) {
	}

}
