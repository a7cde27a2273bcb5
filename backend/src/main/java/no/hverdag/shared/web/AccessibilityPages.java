package no.hverdag.shared.web;

import org.springframework.web.bind.annotation.GetMapping;

/**
 * The accessibility statement (tilgjengelighetserklæring, as uu-forskriften asks of
 * public bodies): what was tested and how, what is known not to work, how to report a
 * problem. Public, linked from every page's footer, every word from the message bundles.
 */
@PageController
class AccessibilityPages {

	@GetMapping("/accessibility")
	String statement() {
		return "accessibility/statement";
	}

}
