package no.hverdag.signups.internal;

import java.time.LocalDate;

import no.hverdag.activities.Activity;
import no.hverdag.activities.ListingLifecycle;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.CurrentActor;
import no.hverdag.shared.web.PageController;
import no.hverdag.signups.OccurrenceCancellations;
import reactor.core.publisher.Mono;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * "Cancel this date": a confirmation page saying how many people will be told, with an
 * optional reason and a required checkbox (so it works without JavaScript), then the
 * cancel.
 */
@PageController
class OccurrenceCancellationPages {

	private static final String PAGE = "signups/cancel-occurrence";

	private final OccurrenceCancellations cancellations;

	private final ListingLifecycle listings;

	OccurrenceCancellationPages(OccurrenceCancellations cancellations, ListingLifecycle listings) {
		this.cancellations = cancellations;
		this.listings = listings;
	}

	record CancelForm(String reason, String confirm) {
	}

	@GetMapping("/organisations/{id}/activities/{activityId}/occurrences/{date}/cancel")
	Mono<String> confirm(@PathVariable String id, @PathVariable String activityId, @PathVariable String date,
			Model model) {
		return CurrentActor.required().flatMap(actor -> {
			LocalDate day = OccurrenceCancellations.date(date);
			return this.listings.mayCancel(actor, activityId, day)
				.filter(activity -> activity.organisationId().equals(id))
				.switchIfEmpty(Mono.error(() -> new HverdagException.NotFound("activity", activityId)))
				.flatMap(activity -> page(model, id, activity, day, new CancelForm("", null), false, null));
		});
	}

	@PostMapping("/organisations/{id}/activities/{activityId}/occurrences/{date}/cancel")
	Mono<String> cancel(@PathVariable String id, @PathVariable String activityId, @PathVariable String date,
			@ModelAttribute("cancel") CancelForm form, Model model) {
		return CurrentActor.required().flatMap(actor -> {
			LocalDate day = OccurrenceCancellations.date(date);
			return this.listings.mayCancel(actor, activityId, day)
				.filter(activity -> activity.organisationId().equals(id))
				.switchIfEmpty(Mono.error(() -> new HverdagException.NotFound("activity", activityId)))
				.flatMap(activity -> {
					if (!"yes".equals(form.confirm())) {
						return page(model, id, activity, day, form, true, null);
					}
					return this.cancellations.cancel(actor, activityId, day, form.reason())
						.map(done -> "redirect:/organisations/" + id + "?cancelled=" + done.told())
						.onErrorResume(HverdagException.InvalidInput.class, invalid -> page(model, id, activity, day,
								form, false, invalid.fieldProblems().get(0).messageKey()));
				});
		});
	}

	private Mono<String> page(Model model, String organisationId, Activity activity, LocalDate date, CancelForm form,
			boolean confirmMissing, String reasonError) {
		return this.cancellations.affected(activity.id(), date).map(count -> {
			model.addAttribute("organisationId", organisationId);
			model.addAttribute("activity", activity);
			model.addAttribute("date", date);
			model.addAttribute("affected", count);
			model.addAttribute("cancel", form);
			model.addAttribute("confirmMissing", confirmMissing);
			model.addAttribute("reasonError", reasonError);
			return PAGE;
		});
	}

}
