package no.hverdag.matching.internal;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import no.hverdag.activities.ActivityType;
import no.hverdag.activities.Audience;
import no.hverdag.activities.NorwegianLevel;
import no.hverdag.matching.Need;
import no.hverdag.matching.NewcomerProfile;
import no.hverdag.activities.Topic;
import no.hverdag.matching.Recommendations;
import no.hverdag.matching.ResourceSuggestions;
import no.hverdag.resources.ResourceFinder;
import no.hverdag.municipalities.MunicipalityDirectory;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.Actor;
import no.hverdag.shared.security.CurrentActor;
import no.hverdag.shared.web.PageController;
import reactor.core.publisher.Mono;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;

/**
 * The "For you" page: the profile form, kept with the account or in the browser, and the
 * suggestions with their reasons. Saving is a plain form post; no JavaScript needed.
 */
@PageController
class ForYouPages {

	private static final int SUGGESTIONS = 12;

	private final Recommendations recommendations;

	private final SavedProfiles profiles;

	private final MunicipalityDirectory municipalities;

	private final RecommendationApi api;

	private final ResourceSuggestions resources;

	ForYouPages(Recommendations recommendations, SavedProfiles profiles, MunicipalityDirectory municipalities,
			RecommendationApi api, ResourceSuggestions resources) {
		this.resources = resources;
		this.recommendations = recommendations;
		this.profiles = profiles;
		this.municipalities = municipalities;
		this.api = api;
	}

	@GetMapping("/for-you")
	Mono<String> page(Model model, Locale locale, ServerWebExchange exchange) {
		return actor().flatMap(actor -> this.profiles.load(actor, exchange)
			.defaultIfEmpty(NewcomerProfile.EMPTY)
			.flatMap(profile -> render(profile, Map.of(), actor.isPresent(), model, locale)));
	}

	@PostMapping("/for-you")
	Mono<String> save(Model model, Locale locale, ServerWebExchange exchange) {
		return actor().flatMap(actor -> exchange.getFormData().flatMap(form -> {
			try {
				NewcomerProfile profile = ProfileParameters.read(form, true, this.municipalities::exists);
				return this.profiles.save(actor, profile, exchange).thenReturn("redirect:/for-you?saved");
			}
			catch (HverdagException.InvalidInput invalid) {
				NewcomerProfile typed = ProfileParameters.read(form, false, this.municipalities::exists);
				Map<String, String> errors = invalid.fieldProblems()
					.stream()
					.collect(Collectors.toMap(HverdagException.FieldProblem::field,
							HverdagException.FieldProblem::messageKey, (first, second) -> first));
				exchange.getResponse().setStatusCode(org.springframework.http.HttpStatus.BAD_REQUEST);
				return render(typed, errors, actor.isPresent(), model, locale);
			}
		}));
	}

	@PostMapping("/for-you/forget")
	Mono<String> forget(ServerWebExchange exchange) {
		return actor().flatMap(actor -> this.profiles.forget(actor, exchange))
			.thenReturn("redirect:/for-you?forgotten");
	}

	private Mono<String> render(NewcomerProfile profile, Map<String, String> errors, boolean signedIn, Model model,
			Locale locale) {
		model.addAttribute("profile", profile);
		model.addAttribute("errors", errors);
		model.addAttribute("signedIn", signedIn);
		model.addAttribute("languages", ProfileParameters.LANGUAGES);
		model.addAttribute("levels", NorwegianLevel.values());
		model.addAttribute("types", ActivityType.values());
		model.addAttribute("days", DayOfWeek.values());
		model.addAttribute("needs", Need.values());
		model.addAttribute("topics", Topic.values());
		model.addAttribute("groups",
				List.of(Audience.WOMEN, Audience.YOUTH, Audience.CHILDREN_WITH_PARENTS, Audience.SENIORS));
		model.addAttribute("municipalities", this.municipalities.all());
		model.addAttribute("radii", List.of(2, 5, 10, 15, 25, 50));
		if (profile.isEmpty() || !errors.isEmpty()) {
			model.addAttribute("suggestions", List.of());
			model.addAttribute("resourceSuggestions", ResourceFinder.Found.NOTHING);
			return Mono.just("matching/for-you");
		}
		return this.recommendations.forProfile(profile, SUGGESTIONS)
			.zipWith(this.resources.forProfile(profile))
			.map(found -> {
				model.addAttribute("suggestions", found.getT1().stream().map(r -> this.api.item(r, locale)).toList());
				model.addAttribute("resourceSuggestions", found.getT2());
				return "matching/for-you";
			});
	}

	private static Mono<Optional<Actor>> actor() {
		return CurrentActor.get().map(Optional::of).defaultIfEmpty(Optional.empty());
	}

}
