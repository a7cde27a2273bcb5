package no.hverdag.activities.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import no.hverdag.activities.ListingLifecycle;
import no.hverdag.activities.ListingReports;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.Actor;
import no.hverdag.shared.security.CurrentActor;
import no.hverdag.shared.time.HverdagClock;
import no.hverdag.shared.web.PageController;
import reactor.core.publisher.Mono;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The coordinator's listings queue: listings visitors reported (dismiss the report, or
 * unpublish the listing with a reason) and listings an organisation fixed and resubmitted
 * (publish again, at once or at a set time). Unpublishing asks for a reason and a ticked
 * confirmation on its own page, so it works without JavaScript.
 */
@PageController
class ListingModerationPages {

	private static final String QUEUE = "activities/moderation";

	private static final String UNPUBLISH = "activities/unpublish";

	private final ListingLifecycle lifecycle;

	private final ListingReports reports;

	ListingModerationPages(ListingLifecycle lifecycle, ListingReports reports) {
		this.lifecycle = lifecycle;
		this.reports = reports;
	}

	record UnpublishForm(String reason, String confirm) {
	}

	record RepublishForm(String publishAt) {
	}

	@GetMapping("/coordinator/listings")
	Mono<String> queue(Model model) {
		return CurrentActor.required().flatMap(actor -> queuePage(actor, model, null));
	}

	private Mono<String> queuePage(Actor actor, Model model, String republishErrorFor) {
		return this.reports.openFor(actor)
			.collectList()
			.zipWith(this.lifecycle.inReview(actor).collectList())
			.map(found -> {
				model.addAttribute("reports", found.getT1());
				model.addAttribute("inReview", found.getT2());
				model.addAttribute("republishErrorFor", republishErrorFor);
				return QUEUE;
			});
	}

	@PostMapping("/coordinator/reports/{id}/dismiss")
	Mono<String> dismiss(@PathVariable String id) {
		return CurrentActor.required()
			.flatMap(actor -> this.reports.dismiss(actor, id))
			.thenReturn("redirect:/coordinator/listings?dismissed");
	}

	@GetMapping("/coordinator/activities/{id}/unpublish")
	Mono<String> confirmUnpublish(@PathVariable String id, Model model) {
		return CurrentActor.required().flatMap(actor -> this.lifecycle.coordinated(actor, id)).map(activity -> {
			model.addAttribute("activity", activity);
			model.addAttribute("unpublish", new UnpublishForm("", null));
			return UNPUBLISH;
		});
	}

	@PostMapping("/coordinator/activities/{id}/unpublish")
	Mono<String> unpublish(@PathVariable String id, @ModelAttribute("unpublish") UnpublishForm form, Model model) {
		return CurrentActor.required().flatMap(actor -> this.lifecycle.coordinated(actor, id).flatMap(activity -> {
			boolean noReason = form.reason() == null || form.reason().isBlank();
			boolean tooLong = !noReason && form.reason().length() > 1000;
			boolean notConfirmed = !"yes".equals(form.confirm());
			if (noReason || tooLong || notConfirmed) {
				model.addAttribute("activity", activity);
				model.addAttribute("reasonError",
						noReason ? "validation.reason.required" : tooLong ? "validation.listing.reasonLength" : null);
				model.addAttribute("confirmMissing", notConfirmed);
				return Mono.just(UNPUBLISH);
			}
			return this.lifecycle.unpublish(actor, id, form.reason())
				.thenReturn("redirect:/coordinator/listings?unpublished");
		}));
	}

	@PostMapping("/coordinator/activities/{id}/republish")
	Mono<String> republish(@PathVariable String id, @ModelAttribute RepublishForm form, Model model) {
		return CurrentActor.required().flatMap(actor -> {
			Instant at;
			try {
				at = form.publishAt() == null || form.publishAt().isBlank() ? null
						: LocalDateTime.parse(form.publishAt().strip()).atZone(HverdagClock.NORWAY).toInstant();
			}
			catch (DateTimeParseException ex) {
				return queuePage(actor, model, id);
			}
			return this.lifecycle.republish(actor, id, at)
				.map(done -> "redirect:/coordinator/listings?" + (at == null ? "republished" : "scheduled"));
		});
	}

	/** For the API: a bad time is a problem with the field, not a 500. */
	static Instant instant(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Instant.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new HverdagException.InvalidInput("publishAt", "validation.publishAt");
		}
	}

}
