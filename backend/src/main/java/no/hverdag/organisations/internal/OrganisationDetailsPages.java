package no.hverdag.organisations.internal;

import jakarta.validation.Valid;
import no.hverdag.organisations.Organisation;
import no.hverdag.organisations.OrganisationDetails;
import no.hverdag.organisations.Organisations;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.CurrentActor;
import no.hverdag.shared.web.PageController;
import reactor.core.publisher.Mono;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** "Edit the organisation's details", for its members and its coordinator. */
@PageController
class OrganisationDetailsPages {

	private static final String FORM = "organisations/details";

	private final Organisations organisations;

	private final OrganisationDetails details;

	OrganisationDetailsPages(Organisations organisations, OrganisationDetails details) {
		this.organisations = organisations;
		this.details = details;
	}

	@GetMapping("/organisations/{id}/details")
	Mono<String> form(@PathVariable String id, Model model) {
		return CurrentActor.required().flatMap(actor -> this.organisations.managedBy(actor, id)).map(organisation -> {
			model.addAttribute("form", OrganisationDetailsForm.of(organisation));
			return page(organisation, model);
		});
	}

	@PostMapping("/organisations/{id}/details")
	Mono<String> save(@PathVariable String id, @Valid @ModelAttribute("form") OrganisationDetailsForm form,
			BindingResult errors, Model model) {
		return CurrentActor.required()
			.flatMap(actor -> this.organisations.managedBy(actor, id).flatMap(organisation -> {
				if (errors.hasErrors()) {
					return Mono.just(page(organisation, model));
				}
				return this.details.edit(actor, id, form.toChanges())
					.thenReturn("redirect:/organisations/" + id + "?detailsSaved")
					.onErrorResume(HverdagException.InvalidInput.class, invalid -> {
						invalid.fieldProblems().forEach(p -> errors.rejectValue(p.field(), p.messageKey()));
						return Mono.just(page(organisation, model));
					});
			}));
	}

	private static String page(Organisation organisation, Model model) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("messageLanguages", OrganisationDetails.LANGUAGES);
		return FORM;
	}

}
