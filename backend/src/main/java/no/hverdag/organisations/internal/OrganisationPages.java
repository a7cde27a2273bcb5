package no.hverdag.organisations.internal;

import jakarta.validation.Valid;
import no.hverdag.municipalities.MunicipalityDirectory;
import no.hverdag.organisations.OrganisationRegistration;
import no.hverdag.organisations.Organisations;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.CurrentActor;
import no.hverdag.shared.web.PageController;
import reactor.core.publisher.Mono;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** Registering an organisation, and "my organisations" for its members. */
@PageController
class OrganisationPages {

	private static final String FORM = "organisations/new";

	private final OrganisationRegistration registration;

	private final Organisations organisations;

	private final MunicipalityDirectory municipalities;

	OrganisationPages(OrganisationRegistration registration, Organisations organisations,
			MunicipalityDirectory municipalities) {
		this.registration = registration;
		this.organisations = organisations;
		this.municipalities = municipalities;
	}

	@GetMapping("/organisations/new")
	String form(Model model) {
		model.addAttribute("form", OrganisationForm.empty());
		model.addAttribute("municipalities", this.municipalities.all());
		return FORM;
	}

	@PostMapping("/organisations")
	Mono<String> register(@Valid @ModelAttribute("form") OrganisationForm form, BindingResult errors, Model model) {
		model.addAttribute("municipalities", this.municipalities.all());
		if (errors.hasErrors()) {
			return Mono.just(FORM);
		}
		return CurrentActor.required()
			.flatMap(actor -> this.registration.register(actor, form.toRegistration()))
			.map(organisation -> "redirect:/organisations/" + organisation.id() + "?registered")
			.onErrorResume(HverdagException.InvalidInput.class, invalid -> {
				invalid.fieldProblems().forEach(p -> errors.rejectValue(p.field(), p.messageKey()));
				return Mono.just(FORM);
			});
	}

	@GetMapping("/organisations/mine")
	Mono<String> mine(Model model) {
		return CurrentActor.required().flatMapMany(this.organisations::ofMember).collectList().map(list -> {
			model.addAttribute("organisations", list);
			return "organisations/mine";
		});
	}

}
