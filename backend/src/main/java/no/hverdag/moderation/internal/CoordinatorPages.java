package no.hverdag.moderation.internal;

import no.hverdag.municipalities.MunicipalityDirectory;
import no.hverdag.organisations.OrganisationModeration;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.CurrentActor;
import no.hverdag.shared.web.PageController;
import reactor.core.publisher.Mono;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The coordinator's queue: approve, or reject with a reason the organisation will see.
 */
@PageController
class CoordinatorPages {

	private final OrganisationModeration moderation;

	private final MunicipalityDirectory municipalities;

	CoordinatorPages(OrganisationModeration moderation, MunicipalityDirectory municipalities) {
		this.moderation = moderation;
		this.municipalities = municipalities;
	}

	@GetMapping("/coordinator")
	Mono<String> queue(Model model) {
		return CurrentActor.required().flatMapMany(this.moderation::queueOf).collectList().map(pending -> {
			model.addAttribute("pending", pending);
			model.addAttribute("municipalityNames", municipalityNames());
			return "moderation/queue";
		});
	}

	private java.util.Map<String, String> municipalityNames() {
		return this.municipalities.all()
			.stream()
			.collect(java.util.stream.Collectors.toMap(m -> m.number(), m -> m.name()));
	}

	@PostMapping("/coordinator/organisations/{id}/approve")
	Mono<String> approve(@PathVariable String id) {
		return CurrentActor.required()
			.flatMap(actor -> this.moderation.approve(actor, id))
			.thenReturn("redirect:/coordinator?approved");
	}

	@PostMapping("/coordinator/organisations/{id}/reject")
	Mono<String> reject(@PathVariable String id, @ModelAttribute RejectionForm form, Model model) {
		return CurrentActor.required()
			.flatMap(actor -> this.moderation.reject(actor, id, form.reason())
				.thenReturn("redirect:/coordinator?rejected")
				.onErrorResume(HverdagException.InvalidInput.class,
						invalid -> this.moderation.queueOf(actor).collectList().map(pending -> {
							model.addAttribute("pending", pending);
							model.addAttribute("municipalityNames", municipalityNames());
							model.addAttribute("rejectErrorFor", id);
							return "moderation/queue";
						})));
	}

	/**
	 * The reason a coordinator gives for rejecting; WebFlux binds form fields to a model
	 * attribute.
	 */
	public record RejectionForm(String reason) {
	}

}
