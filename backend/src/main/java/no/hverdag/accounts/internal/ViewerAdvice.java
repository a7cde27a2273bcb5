package no.hverdag.accounts.internal;

import no.hverdag.accounts.AccessControl;
import no.hverdag.shared.security.CurrentActor;
import no.hverdag.shared.web.PageController;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in viewer (absent for anonymous visitors) into every page's model. */
@ControllerAdvice(annotations = PageController.class)
class ViewerAdvice {

	private final AccessControl accessControl;

	ViewerAdvice(AccessControl accessControl) {
		this.accessControl = accessControl;
	}

	@ModelAttribute("viewer")
	Mono<Viewer> viewer() {
		return CurrentActor.get()
			.flatMap(actor -> this.accessControl.rolesOf(actor)
				.map(roles -> new Viewer(actor.displayName(), roles.isCoordinator(), !roles.organisations().isEmpty(),
						roles.platformAdmin() || !roles.libraries().isEmpty(), roles.platformAdmin())));
	}

}
