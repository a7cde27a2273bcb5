package no.hverdag.activities.internal;

import jakarta.validation.Valid;
import no.hverdag.activities.ActivityCatalogue;
import no.hverdag.activities.ActivityPublishing;
import no.hverdag.activities.ActivityType;
import no.hverdag.municipalities.MunicipalityDirectory;
import no.hverdag.organisations.Organisation;
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

/**
 * An organisation's dashboard: its status with the coordinator, its activities, and "post
 * activity". Lives with activities because it is mostly about them; organisations know
 * nothing of activities.
 */
@PageController
class OrganisationDashboardPages {

	private static final String FORM = "activities/new";

	private final Organisations organisations;

	private final ActivityCatalogue catalogue;

	private final ActivityPublishing publishing;

	private final MunicipalityDirectory municipalities;

	private final ActivityPages activityPages;

	OrganisationDashboardPages(Organisations organisations, ActivityCatalogue catalogue, ActivityPublishing publishing,
			MunicipalityDirectory municipalities, ActivityPages activityPages) {
		this.organisations = organisations;
		this.catalogue = catalogue;
		this.publishing = publishing;
		this.municipalities = municipalities;
		this.activityPages = activityPages;
	}

	@GetMapping("/organisations/{id}")
	Mono<String> dashboard(@PathVariable String id, Model model, java.util.Locale locale) {
		return CurrentActor.required()
			.flatMap(actor -> this.organisations.managedBy(actor, id))
			.flatMap(organisation -> this.catalogue.ofOrganisation(id)
				.map(activity -> this.activityPages.view(activity, locale, null))
				.collectList()
				.map(activities -> {
					model.addAttribute("organisation", organisation);
					model.addAttribute("municipalityName", municipalityName(organisation));
					model.addAttribute("activities", activities);
					return "organisations/dashboard";
				}));
	}

	@GetMapping("/organisations/{id}/activities/new")
	Mono<String> form(@PathVariable String id, Model model) {
		return CurrentActor.required().flatMap(actor -> this.organisations.managedBy(actor, id)).map(organisation -> {
			model.addAttribute("form", ActivityForm.empty(organisation.municipality()));
			return formPage(organisation, model);
		});
	}

	@PostMapping("/organisations/{id}/activities")
	Mono<String> post(@PathVariable String id, @Valid @ModelAttribute("form") ActivityForm form, BindingResult errors,
			Model model) {
		return CurrentActor.required()
			.flatMap(actor -> this.organisations.managedBy(actor, id).flatMap(organisation -> {
				if (errors.hasErrors()) {
					return Mono.just(formPage(organisation, model));
				}
				return Mono.fromCallable(form::toDraft)
					.flatMap(draft -> this.publishing.post(actor, id, draft))
					.map(activity -> "redirect:/organisations/" + id + "?posted")
					.onErrorResume(HverdagException.InvalidInput.class, invalid -> {
						invalid.fieldProblems().forEach(p -> errors.rejectValue(p.field(), p.messageKey()));
						return Mono.just(formPage(organisation, model));
					});
			}));
	}

	String formPage(Organisation organisation, Model model) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("types", ActivityType.values());
		model.addAttribute("languages", ActivityForm.LANGUAGES);
		model.addAttribute("days", java.time.DayOfWeek.values());
		model.addAttribute("textLanguages", ActivityForm.TEXT_LANGUAGES);
		model.addAttribute("formats", no.hverdag.activities.TextFormat.values());
		model.addAttribute("levels", no.hverdag.activities.NorwegianLevel.values());
		model.addAttribute("audiences", no.hverdag.activities.Audience.values());
		model.addAttribute("accessibilities", no.hverdag.activities.Accessibility.values());
		model.addAttribute("buildingTypes", no.hverdag.activities.BuildingType.values());
		model.addAttribute("municipalities", this.municipalities.all());
		model.addAttribute("topics", no.hverdag.activities.Topic.values());
		return FORM;
	}

	private String municipalityName(Organisation organisation) {
		return this.municipalities.find(organisation.municipality()).map(m -> m.name()).orElse("");
	}

}
