package no.hverdag.accounts.internal;

import java.util.ArrayList;
import java.util.List;

import no.hverdag.shared.web.PageController;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.ui.Model;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;

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
		return loginPage(model);
	}

	/**
	 * Only reached when the contact point could not be used (a usable one is answered by
	 * the one-time-token filter before any controller): say why, keep what was typed.
	 */
	@PostMapping(PasswordlessSignIn.REQUEST_URL)
	Rendering unusableContact(@ModelAttribute CodeRequest request, Model model) {
		model.addAttribute("typedContact", request.username() == null ? "" : request.username());
		model.addAttribute("contactError", "validation.signin.contact");
		return Rendering.view(loginPage(model)).status(HttpStatus.BAD_REQUEST).build();
	}

	/**
	 * Where the code is typed ({@code ref}), or where the e-mailed link lands
	 * ({@code token}).
	 */
	@GetMapping(PasswordlessSignIn.CODE_PAGE)
	String codePage(@RequestParam(required = false) String ref, @RequestParam(required = false) String token,
			Model model) {
		model.addAttribute("ref", ref);
		model.addAttribute("token", token);
		return "accounts/code";
	}

	private String loginPage(Model model) {
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

	/** The passwordless form: one field, an e-mail address or a mobile number. */
	public record CodeRequest(String username) {
	}

	/** A configured identity provider and the link that starts signing in with it. */
	public record Provider(String name, String href) {
	}

}
