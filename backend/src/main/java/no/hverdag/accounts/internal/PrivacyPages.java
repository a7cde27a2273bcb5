package no.hverdag.accounts.internal;

import no.hverdag.shared.web.PageController;

import org.springframework.web.bind.annotation.GetMapping;

/**
 * The privacy page: what Hverdag stores about whom, why, for how long, and what people
 * can do about it. Public, in every language, readable without an account.
 */
@PageController
class PrivacyPages {

	@GetMapping("/privacy")
	String privacy() {
		return "accounts/privacy";
	}

}
