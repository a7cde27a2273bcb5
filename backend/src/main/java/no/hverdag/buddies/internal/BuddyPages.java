package no.hverdag.buddies.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import no.hverdag.buddies.Answer;
import no.hverdag.buddies.BuddyEnrolments;
import no.hverdag.buddies.BuddyPairings;
import no.hverdag.buddies.BuddyProgrammes;
import no.hverdag.buddies.CheckInAnswer;
import no.hverdag.buddies.Ending;
import no.hverdag.buddies.EnrolmentRequest;
import no.hverdag.buddies.Programme;
import no.hverdag.municipalities.MunicipalityDirectory;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.i18n.SupportedLanguage;
import no.hverdag.shared.security.Actor;
import no.hverdag.shared.security.CurrentActor;
import no.hverdag.shared.web.PageController;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * The people's pages: the programmes, a programme with its enrolment form (every question
 * says why it is asked), "my buddy" with proposals to answer and the buddy's name and
 * contact once both said yes, and the follow-up check-in behind its link.
 */
@PageController
class BuddyPages {

	private final BuddyProgrammes programmes;

	private final BuddyEnrolments enrolments;

	private final BuddyPairings pairings;

	private final MunicipalityDirectory municipalities;

	private final ReasonTexts reasons;

	BuddyPages(BuddyProgrammes programmes, BuddyEnrolments enrolments, BuddyPairings pairings,
			MunicipalityDirectory municipalities, ReasonTexts reasons) {
		this.programmes = programmes;
		this.enrolments = enrolments;
		this.pairings = pairings;
		this.municipalities = municipalities;
		this.reasons = reasons;
	}

	@GetMapping("/buddies")
	Mono<Rendering> home() {
		return this.programmes.all()
			.collectList()
			.map(list -> Rendering.view("buddies/home")
				.modelAttribute("programmes", list)
				.modelAttribute("municipalityNames", EnrolmentForm.municipalityNames(this.municipalities, list))
				.build());
	}

	@GetMapping("/buddies/programmes/{id}")
	Mono<Rendering> programme(@PathVariable String id) {
		return page(id, EnrolmentForm.empty(), List.of(), HttpStatus.OK);
	}

	@PostMapping("/buddies/programmes/{id}/enrolments")
	Mono<Rendering> enrol(@PathVariable String id, @ModelAttribute EnrolmentForm form, Locale locale) {
		EnrolmentRequest request = form.request();
		return CurrentActor.required()
			.flatMap(actor -> this.enrolments.enrol(actor, id, request, SupportedLanguage.of(locale).code()))
			.map(done -> Rendering.redirectTo("/buddies/mine?enrolled").build())
			.onErrorResume(HverdagException.InvalidInput.class,
					invalid -> page(id, form, invalid.fieldProblems(), HttpStatus.BAD_REQUEST))
			.onErrorResume(HverdagException.Conflict.class, conflict -> page(id, form,
					List.of(new HverdagException.FieldProblem("side", conflict.messageKey())), HttpStatus.CONFLICT));
	}

	private Mono<Rendering> page(String id, EnrolmentForm form, List<HverdagException.FieldProblem> problems,
			HttpStatus status) {
		Mono<Optional<Actor>> viewer = CurrentActor.get().map(Optional::of).defaultIfEmpty(Optional.empty());
		return this.programmes.find(id).zipWith(viewer).flatMap(found -> {
			Programme programme = found.getT1();
			Mono<Boolean> manages = found.getT2()
				.map(actor -> this.programmes.managedBy(actor, id).map(p -> true).onErrorReturn(false))
				.orElse(Mono.just(false));
			Mono<Boolean> enrolled = found.getT2()
				.map(actor -> this.enrolments.mine(actor).any(e -> e.programmeId().equals(id)))
				.orElse(Mono.just(false));
			return Mono.zip(manages, enrolled)
				.map(flags -> Rendering.view("buddies/programme")
					.status(status)
					.modelAttribute("programme", programme)
					.modelAttribute("municipalityName",
							this.municipalities.find(programme.municipality()).map(m -> m.name()).orElse(""))
					.modelAttribute("manages", flags.getT1())
					.modelAttribute("enrolled", flags.getT2())
					.modelAttribute("form", form)
					.modelAttribute("problems", problems)
					.modelAttribute("problemFields",
							problems.stream().map(HverdagException.FieldProblem::field).toList())
					.modelAttribute("choices", EnrolmentForm.CHOICES)
					.build());
		});
	}

	@GetMapping("/buddies/mine")
	Mono<Rendering> mine(Locale locale) {
		return CurrentActor.required()
			.flatMap(actor -> Mono.zip(this.enrolments.mine(actor).collectList(),
					this.pairings.mine(actor).collectList(), this.programmes.all().collectMap(Programme::id)))
			.map(all -> Rendering.view("buddies/mine")
				.modelAttribute("enrolments", all.getT1())
				.modelAttribute("pairings", all.getT2())
				.modelAttribute("programmes", all.getT3())
				.modelAttribute("reasonTexts", this.reasons)
				.build());
	}

	/** The answer to a proposal: "yes" or "no". */
	record AnswerForm(String answer) {
	}

	@PostMapping("/buddies/pairings/{id}/answer")
	Mono<Rendering> answer(@PathVariable String id, @ModelAttribute AnswerForm form) {
		Answer answer = "YES".equals(form.answer()) ? Answer.YES : "NO".equals(form.answer()) ? Answer.NO : null;
		if (answer == null) {
			return Mono.error(new HverdagException.InvalidInput("answer", "buddies.error.answer"));
		}
		return CurrentActor.required()
			.flatMap(actor -> this.pairings.answer(actor, id, answer))
			.map(p -> Rendering.redirectTo("/buddies/mine?answered").build());
	}

	record EndingForm(String ending) {
	}

	@PostMapping("/buddies/pairings/{id}/ending")
	Mono<Rendering> end(@PathVariable String id, @ModelAttribute EndingForm form) {
		Ending ending = "FRIENDS".equals(form.ending()) ? Ending.FRIENDS
				: "DID_NOT_WORK".equals(form.ending()) ? Ending.DID_NOT_WORK : null;
		return CurrentActor.required()
			.flatMap(actor -> this.pairings.end(actor, id, ending))
			.map(p -> Rendering.redirectTo("/buddies/mine?ended").build());
	}

	@GetMapping("/buddies/check-in/{token}")
	Mono<Rendering> checkInForm(@PathVariable String token) {
		return Mono.just(Rendering.view("buddies/check-in")
			.modelAttribute("token", token)
			.modelAttribute("answers", CheckInAnswer.values())
			.modelAttribute("problem", null)
			.build());
	}

	record CheckInForm(String answer) {
	}

	@PostMapping("/buddies/check-in/{token}")
	Mono<Rendering> checkIn(@PathVariable String token, @ModelAttribute CheckInForm form) {
		CheckInAnswer answer = EnrolmentForm.parse(CheckInAnswer.class, form.answer());
		return this.pairings.checkIn(token, answer)
			.thenReturn(Rendering.redirectTo("/buddies/check-in/" + token + "?thanks").build())
			.onErrorResume(HverdagException.InvalidInput.class,
					invalid -> Mono.just(Rendering.view("buddies/check-in")
						.status(HttpStatus.BAD_REQUEST)
						.modelAttribute("token", token)
						.modelAttribute("answers", CheckInAnswer.values())
						.modelAttribute("problem", "buddies.error.checkIn")
						.build()));
	}

}
