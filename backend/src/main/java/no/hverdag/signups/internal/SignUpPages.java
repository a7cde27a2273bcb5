package no.hverdag.signups.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import no.hverdag.activities.ActivityCatalogue;
import no.hverdag.activities.SignUpPanel;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.i18n.SupportedLanguage;
import no.hverdag.shared.security.CurrentActor;
import no.hverdag.shared.web.PageController;
import no.hverdag.signups.NewSignUp;
import no.hverdag.signups.SignUpLists;
import no.hverdag.signups.SignUps;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * Signing up from the activity page (POST, then a redirect to the sign-up's own page),
 * the sign-up's page behind its secret link with a cancel button, and the form again with
 * inline messages when something was wrong.
 */
@PageController
class SignUpPages {

	private final SignUps signUps;

	private final SignUpLists lists;

	private final ActivityCatalogue catalogue;

	private final SignUpPanelProvider panel;

	private final Clock clock;

	SignUpPages(SignUps signUps, SignUpLists lists, ActivityCatalogue catalogue, SignUpPanelProvider panel,
			Clock clock) {
		this.signUps = signUps;
		this.lists = lists;
		this.catalogue = catalogue;
		this.panel = panel;
		this.clock = clock;
	}

	/** The form as the page sends it. */
	record SignUpForm(String date, String firstName, String contact) {
	}

	@PostMapping("/activities/{id}/signups")
	Mono<Rendering> signUp(@PathVariable String id, @ModelAttribute SignUpForm form, Locale locale) {
		return CurrentActor.get()
			.map(java.util.Optional::of)
			.defaultIfEmpty(java.util.Optional.empty())
			.flatMap(owner -> this.signUps.signUp(new NewSignUp(id, form.date(), form.firstName(), form.contact(),
					SupportedLanguage.of(locale).code(), owner.orElse(null))))
			.map(receipt -> Rendering.redirectTo("/signups/" + receipt.token() + "?new").build())
			.onErrorResume(HverdagException.InvalidInput.class, invalid -> {
				Map<String, String> errors = new LinkedHashMap<>();
				invalid.fieldProblems().forEach(p -> errors.putIfAbsent(p.field(), p.messageKey()));
				return formAgain(id, form, errors, null, HttpStatus.BAD_REQUEST);
			})
			.onErrorResume(HverdagException.Conflict.class,
					conflict -> "error.signup.notNeeded".equals(conflict.messageKey()) ? Mono.error(conflict)
							: formAgain(id, form, Map.of(), conflict.messageKey(), HttpStatus.CONFLICT));
	}

	private Mono<Rendering> formAgain(String id, SignUpForm form, Map<String, String> errors, String problem,
			HttpStatus status) {
		return this.catalogue.find(id)
			.flatMap(activity -> this.panel.view(activity, this.catalogue.upcoming(activity, 12))
				.defaultIfEmpty(new SignUpPanel.View(List.of(), null, null))
				.map(view -> Rendering.view("signups/form")
					.status(status)
					.modelAttribute("activity", activity)
					.modelAttribute("signUp", view)
					.modelAttribute("typed", form)
					.modelAttribute("errors", errors)
					.modelAttribute("problem", problem)
					.build()));
	}

	@GetMapping("/signups/{token}")
	Mono<Rendering> show(@PathVariable String token) {
		return this.lists.byToken(token)
			.map(standing -> Rendering.view("signups/show")
				.modelAttribute("standing", standing)
				.modelAttribute("token", token)
				.modelAttribute("past",
						!standing.signUp()
							.date()
							.atTime(standing.signUp().start())
							.isAfter(LocalDateTime.now(this.clock)))
				.build());
	}

	@PostMapping("/signups/{token}/cancel")
	Mono<Rendering> cancel(@PathVariable String token) {
		return this.signUps.cancel(token)
			.map(cancelled -> Rendering.redirectTo("/signups/" + token + "?cancelled").build());
	}

}
