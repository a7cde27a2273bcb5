package no.hverdag.shared.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page knows whether there is a map ({@code maps}, absent when off). */
@ControllerAdvice(annotations = PageController.class)
class MapsAdvice {

	private final MapSettings settings;

	MapsAdvice(MapSettings settings) {
		this.settings = settings;
	}

	@ModelAttribute("maps")
	MapSettings maps() {
		return this.settings.enabled() ? this.settings : null;
	}

}
