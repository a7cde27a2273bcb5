package no.hverdag.humanlibrary.internal;

import java.util.List;
import java.util.Locale;

import no.hverdag.humanlibrary.Libraries;
import no.hverdag.humanlibrary.Topics;
import no.hverdag.humanlibrary.VolunteerOffer;
import no.hverdag.humanlibrary.VolunteerOffers;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.Actor;
import no.hverdag.shared.security.CurrentActor;
import no.hverdag.shared.web.PageController;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;

/** A signed-in local offers themselves as a person to borrow, and sees their offers. */
@PageController
class VolunteerPages {

	private final VolunteerOffers offers;

	private final Libraries libraries;

	VolunteerPages(VolunteerOffers offers, Libraries libraries) {
		this.offers = offers;
		this.libraries = libraries;
	}

	@GetMapping("/volunteer")
	Mono<Rendering> form() {
		return CurrentActor.required()
			.flatMap(actor -> page(actor, HttpStatus.OK, VolunteerOffer.Form.empty(firstWord(actor)), List.of()));
	}

	@PostMapping("/volunteer/offers")
	Mono<Rendering> submit(@ModelAttribute OfferForm typed, Locale locale) {
		VolunteerOffer.Form form = typed.toForm();
		return CurrentActor.required()
			.flatMap(actor -> this.offers.submit(actor, form, locale.getLanguage())
				.then(Mono.just(Rendering.redirectTo("/volunteer?sent").status(HttpStatus.SEE_OTHER).build()))
				.onErrorResume(HverdagException.InvalidInput.class,
						invalid -> page(actor, HttpStatus.BAD_REQUEST, form, invalid.fieldProblems())));
	}

	private Mono<Rendering> page(Actor actor, HttpStatus status, VolunteerOffer.Form form,
			List<HverdagException.FieldProblem> problems) {
		return this.libraries.all()
			.collectList()
			.zipWith(this.offers.mine(actor).collectList())
			.map(found -> Rendering.view("humanlibrary/volunteer")
				.status(status)
				.modelAttribute("libraries", found.getT1())
				.modelAttribute("libraryNames",
						found.getT1().stream().collect(java.util.stream.Collectors.toMap(l -> l.id(), l -> l.name())))
				.modelAttribute("mine", found.getT2())
				.modelAttribute("form", form)
				.modelAttribute("topicKeys", Topics.KEYS)
				.modelAttribute("languageCodes", Topics.LANGUAGES)
				.modelAttribute("problems", problems)
				.modelAttribute("problemFields", problems.stream().map(HverdagException.FieldProblem::field).toList())
				.build());
	}

	private static String firstWord(Actor actor) {
		String name = actor.displayName().strip();
		if (name.contains("@") || name.matches(".*\\d.*")) {
			return "";
		}
		int space = name.indexOf(' ');
		return space > 0 ? name.substring(0, space) : name;
	}

	/** The form as posted: WebFlux binds forms to a model attribute. */
	public record OfferForm(String firstName, List<String> topics, String otherTopic, List<String> languages,
			String presentation, List<String> libraries, String contact) {

		VolunteerOffer.Form toForm() {
			return new VolunteerOffer.Form(this.firstName, this.topics, this.otherTopic, this.languages,
					this.presentation, this.libraries, this.contact);
		}

	}

}
