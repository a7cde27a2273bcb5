package no.hverdag.signups.internal;

import java.util.Comparator;

import no.hverdag.activities.ActivityCatalogue;
import no.hverdag.shared.security.CurrentActor;
import no.hverdag.shared.web.PageController;
import no.hverdag.signups.SignUpLists;
import reactor.core.publisher.Mono;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Lists of sign-ups: an organisation's, for one of its activities (under its dashboard),
 * and a signed-in person's own, where they can also make a calendar feed address.
 */
@PageController
class SignUpListPages {

	private final SignUpLists lists;

	private final ActivityCatalogue catalogue;

	private final CalendarFeeds feeds;

	SignUpListPages(SignUpLists lists, ActivityCatalogue catalogue, CalendarFeeds feeds) {
		this.lists = lists;
		this.catalogue = catalogue;
		this.feeds = feeds;
	}

	@GetMapping("/organisations/{id}/activities/{activityId}/signups")
	Mono<String> organisationList(@PathVariable String id, @PathVariable String activityId, Model model) {
		return CurrentActor.required()
			.flatMap(actor -> this.lists.forOrganisation(actor, id, activityId))
			.map(found -> {
				model.addAttribute("organisationId", id);
				model.addAttribute("activity", found.activity());
				model.addAttribute("signUps", found.signUps());
				return "signups/organisation";
			});
	}

	@GetMapping("/me/signups")
	Mono<String> mine(Model model) {
		return CurrentActor.required().flatMap(actor -> mineModel(actor, model)).thenReturn("signups/mine");
	}

	/**
	 * A new calendar feed address, shown on this answer only (the old one stops working):
	 * only its hash is kept, so it cannot be shown again.
	 */
	@PostMapping("/me/signups/calendar-feed")
	Mono<String> newFeed(Model model) {
		return CurrentActor.required()
			.flatMap(actor -> this.feeds.newFeed(actor)
				.doOnNext(url -> model.addAttribute("feedUrl", url))
				.then(mineModel(actor, model)))
			.thenReturn("signups/mine");
	}

	private Mono<Void> mineModel(no.hverdag.shared.security.Actor actor, Model model) {
		return this.lists.mine(actor)
			.sort(Comparator.comparing(no.hverdag.signups.SignUp::date))
			.concatMap(signUp -> this.catalogue.findAny(signUp.activityId())
				.map(activity -> new MineRow(signUp, activity.title()))
				.onErrorReturn(new MineRow(signUp, signUp.activityId())))
			.collectList()
			.doOnNext(rows -> model.addAttribute("rows", rows))
			.then();
	}

	/** One of the person's sign-ups with its activity's title. */
	record MineRow(no.hverdag.signups.SignUp signUp, String title) {
	}

}
