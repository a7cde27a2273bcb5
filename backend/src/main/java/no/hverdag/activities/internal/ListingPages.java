package no.hverdag.activities.internal;

import jakarta.validation.Valid;
import no.hverdag.activities.Activity;
import no.hverdag.activities.ListingLifecycle;
import no.hverdag.organisations.Organisation;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.Actor;
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
 * An organisation's own listing: edit it (the "post activity" form, filled in), withdraw
 * it (after a confirmation that works without JavaScript: a required checkbox), and
 * resubmit it for review after the coordinator unpublished it.
 */
@PageController
class ListingPages {

	private final ListingLifecycle lifecycle;

	private final OrganisationDashboardPages dashboard;

	ListingPages(ListingLifecycle lifecycle, OrganisationDashboardPages dashboard) {
		this.lifecycle = lifecycle;
		this.dashboard = dashboard;
	}

	/** The confirmation a page asks for before something people cannot undo. */
	record Confirmation(String confirm) {

		boolean given() {
			return "yes".equals(this.confirm);
		}

	}

	@GetMapping("/organisations/{id}/activities/{activityId}/edit")
	Mono<String> form(@PathVariable String id, @PathVariable String activityId, Model model) {
		return CurrentActor.required()
			.flatMap(actor -> listing(actor, id, activityId))
			.flatMap(activity -> this.lifecycle.organisationOf(activity).map(organisation -> {
				model.addAttribute("form", ActivityForm.of(activity));
				return editPage(organisation, activity, model);
			}));
	}

	@PostMapping("/organisations/{id}/activities/{activityId}/edit")
	Mono<String> save(@PathVariable String id, @PathVariable String activityId,
			@Valid @ModelAttribute("form") ActivityForm form, BindingResult errors, Model model) {
		return CurrentActor.required()
			.flatMap(actor -> listing(actor, id, activityId)
				.flatMap(activity -> this.lifecycle.organisationOf(activity).flatMap(organisation -> {
					if (errors.hasErrors()) {
						return Mono.just(editPage(organisation, activity, model));
					}
					return Mono.fromCallable(() -> form.withOtherTranslationsOf(activity).toDraft())
						.flatMap(draft -> this.lifecycle.edit(actor, activityId, draft))
						.thenReturn("redirect:/organisations/" + id + "?edited")
						.onErrorResume(HverdagException.InvalidInput.class, invalid -> {
							invalid.fieldProblems().forEach(p -> errors.rejectValue(p.field(), p.messageKey()));
							return Mono.just(editPage(organisation, activity, model));
						});
				})));
	}

	@GetMapping("/organisations/{id}/activities/{activityId}/withdraw")
	Mono<String> confirmWithdrawal(@PathVariable String id, @PathVariable String activityId, Model model) {
		return CurrentActor.required().flatMap(actor -> listing(actor, id, activityId)).map(activity -> {
			model.addAttribute("activity", activity);
			model.addAttribute("organisationId", id);
			return "activities/withdraw";
		});
	}

	@PostMapping("/organisations/{id}/activities/{activityId}/withdraw")
	Mono<String> withdraw(@PathVariable String id, @PathVariable String activityId,
			@ModelAttribute Confirmation confirmation, Model model) {
		return CurrentActor.required().flatMap(actor -> listing(actor, id, activityId).flatMap(activity -> {
			if (!confirmation.given()) {
				model.addAttribute("activity", activity);
				model.addAttribute("organisationId", id);
				model.addAttribute("confirmMissing", true);
				return Mono.just("activities/withdraw");
			}
			return this.lifecycle.withdraw(actor, activityId)
				.thenReturn("redirect:/organisations/" + id + "?withdrawn");
		}));
	}

	@PostMapping("/organisations/{id}/activities/{activityId}/resubmit")
	Mono<String> resubmit(@PathVariable String id, @PathVariable String activityId) {
		return CurrentActor.required()
			.flatMap(actor -> listing(actor, id, activityId)
				.flatMap(activity -> this.lifecycle.resubmit(actor, activityId)))
			.thenReturn("redirect:/organisations/" + id + "?resubmitted");
	}

	/** The listing, if it belongs to this organisation and the actor manages it. */
	private Mono<Activity> listing(Actor actor, String organisationId, String activityId) {
		return this.lifecycle.managed(actor, activityId)
			.filter(activity -> activity.organisationId().equals(organisationId))
			.switchIfEmpty(Mono.error(() -> new HverdagException.NotFound("activity", activityId)));
	}

	private String editPage(Organisation organisation, Activity activity, Model model) {
		model.addAttribute("editing", activity);
		model.addAttribute("formAction",
				"/organisations/" + organisation.id() + "/activities/" + activity.id() + "/edit");
		return this.dashboard.formPage(organisation, model);
	}

}
