package no.hverdag.buddies.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import no.hverdag.buddies.BuddyEnrolments;
import no.hverdag.buddies.BuddyPairings;
import no.hverdag.buddies.BuddyProgrammes;
import no.hverdag.buddies.Enrolment;
import no.hverdag.buddies.Matchmaker;
import no.hverdag.buddies.MatchingRounds;
import no.hverdag.buddies.PairKey;
import no.hverdag.buddies.Round;
import no.hverdag.buddies.Side;
import no.hverdag.buddies.Weights;
import no.hverdag.shared.HverdagException;
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
 * The coordinator's pages: locals to approve after a conversation, the pool, the rounds,
 * the pairs that asked for help; a round's proposals with their reasons, the weights to
 * adjust, pairs to lock or forbid, and publishing all of it at once.
 */
@PageController
class BuddyCoordinatorPages {

	private final BuddyProgrammes programmes;

	private final BuddyEnrolments enrolments;

	private final MatchingRounds rounds;

	private final BuddyPairings pairings;

	private final ReasonTexts reasons;

	private final Clock clock;

	BuddyCoordinatorPages(BuddyProgrammes programmes, BuddyEnrolments enrolments, MatchingRounds rounds,
			BuddyPairings pairings, ReasonTexts reasons, Clock clock) {
		this.clock = clock;
		this.programmes = programmes;
		this.enrolments = enrolments;
		this.rounds = rounds;
		this.pairings = pairings;
		this.reasons = reasons;
	}

	@GetMapping("/buddies/programmes/{id}/coordinate")
	Mono<Rendering> coordinate(@PathVariable String id) {
		return CurrentActor.required().flatMap(actor -> coordinatePage(actor, id, null, HttpStatus.OK));
	}

	private Mono<Rendering> coordinatePage(Actor actor, String id, String problem, HttpStatus status) {
		return this.programmes.managedBy(actor, id)
			.flatMap(programme -> Mono.zip(this.enrolments.ofProgramme(actor, id).collectList(),
					this.rounds.ofProgramme(actor, id).collectList(),
					this.pairings.helpRequests(actor, id).collectList()))
			.zipWith(this.programmes.find(id))
			.map(all -> {
				List<Enrolment> people = all.getT1().getT1();
				return Rendering.view("buddies/coordinate")
					.status(status)
					.modelAttribute("programme", all.getT2())
					.modelAttribute("awaiting",
							people.stream()
								.filter(e -> e.status() == Enrolment.EnrolmentStatus.AWAITING_APPROVAL)
								.toList())
					.modelAttribute("newcomers", people.stream()
						.filter(e -> e.side() == Side.NEWCOMER && e.status() == Enrolment.EnrolmentStatus.APPROVED)
						.count())
					.modelAttribute("locals",
							people.stream()
								.filter(e -> e.side() == Side.LOCAL && e.status() == Enrolment.EnrolmentStatus.APPROVED)
								.count())
					.modelAttribute("rounds", all.getT1().getT2())
					.modelAttribute("help", all.getT1().getT3())
					.modelAttribute("weights", Weights.DEFAULT)
					.modelAttribute("problem", problem)
					.build();
			});
	}

	record ApprovalForm(String conversationHeld) {
	}

	@PostMapping("/buddies/programmes/{id}/enrolments/{enrolmentId}/approve")
	Mono<Rendering> approve(@PathVariable String id, @PathVariable String enrolmentId,
			@ModelAttribute ApprovalForm form) {
		return CurrentActor.required()
			.flatMap(actor -> this.enrolments.approve(actor, id, enrolmentId, "true".equals(form.conversationHeld()))
				.thenReturn(Rendering.redirectTo("/buddies/programmes/" + id + "/coordinate?approved").build())
				.onErrorResume(HverdagException.InvalidInput.class,
						e -> coordinatePage(actor, id, "buddies.error.conversation", HttpStatus.BAD_REQUEST)));
	}

	/** Weights as typed, and the pairs to lock or forbid as "newcomerId|localId". */
	record RunForm(String version, String interests, String lifeSituation, String distance, String profession,
			String ageCloseness, String waiting, List<String> lock, List<String> forbid) {

		Matchmaker.Plan plan() {
			return new Matchmaker.Plan(
					Weights.of(number(this.interests, "interests"), number(this.lifeSituation, "lifeSituation"),
							number(this.distance, "distance"), number(this.profession, "profession"),
							number(this.ageCloseness, "ageCloseness"), number(this.waiting, "waiting")),
					pairs(this.lock), pairs(this.forbid));
		}

		long requiredVersion() {
			try {
				return Long.parseLong(this.version);
			}
			catch (NumberFormatException | NullPointerException ex) {
				throw new HverdagException.InvalidInput("version", "buddies.error.version");
			}
		}

		private static Integer number(String value, String field) {
			if (value == null || value.isBlank()) {
				return null;
			}
			try {
				return Integer.valueOf(value.strip());
			}
			catch (NumberFormatException ex) {
				throw new HverdagException.InvalidInput("weights." + field, "buddies.error.weight");
			}
		}

		private static Set<PairKey> pairs(List<String> values) {
			List<PairKey> keys = new ArrayList<>();
			for (String value : values == null ? List.<String>of() : values) {
				String[] parts = value.split("\\|");
				if (parts.length != 2) {
					throw new HverdagException.InvalidInput("locks", "buddies.error.lock");
				}
				keys.add(new PairKey(parts[0], parts[1]));
			}
			return Set.copyOf(keys);
		}

	}

	@PostMapping("/buddies/programmes/{id}/rounds")
	Mono<Rendering> start(@PathVariable String id, @ModelAttribute RunForm form) {
		return CurrentActor.required()
			.flatMap(actor -> Mono.defer(() -> this.rounds.start(actor, id, form.plan()))
				.map(round -> Rendering.redirectTo("/buddies/programmes/" + id + "/rounds/" + round.id()).build())
				.onErrorResume(HverdagException.InvalidInput.class,
						e -> coordinatePage(actor, id, e.fieldProblems().get(0).messageKey(), HttpStatus.BAD_REQUEST))
				.onErrorResume(HverdagException.Conflict.class,
						e -> coordinatePage(actor, id, e.messageKey(), HttpStatus.CONFLICT)));
	}

	@GetMapping("/buddies/programmes/{id}/rounds/{roundId}")
	Mono<Rendering> round(@PathVariable String id, @PathVariable String roundId) {
		return CurrentActor.required().flatMap(actor -> roundPage(actor, id, roundId, null, HttpStatus.OK));
	}

	private Mono<Rendering> roundPage(Actor actor, String id, String roundId, String problem, HttpStatus status) {
		return this.rounds.own(actor, roundId)
			.filter(view -> view.round().programmeId().equals(id))
			.switchIfEmpty(Mono.error(() -> new HverdagException.NotFound("buddyRound", roundId)))
			.map(view -> roundRendering(view, problem, status));
	}

	private Rendering roundRendering(Round.View view, String problem, HttpStatus status) {
		return Rendering.view("buddies/round")
			.status(status)
			.modelAttribute("programme", view.programme())
			.modelAttribute("round", view.round())
			.modelAttribute("people", view.people())
			.modelAttribute("reasonTexts", this.reasons)
			.modelAttribute("problem", problem)
			.modelAttribute("now", this.clock.instant())
			.build();
	}

	@PostMapping("/buddies/programmes/{id}/rounds/{roundId}/run")
	Mono<Rendering> rerun(@PathVariable String id, @PathVariable String roundId, @ModelAttribute RunForm form) {
		return CurrentActor.required()
			.flatMap(actor -> roundPage(actor, id, roundId, null, HttpStatus.OK)
				.then(Mono.defer(() -> this.rounds.rerun(actor, roundId, form.requiredVersion(), form.plan())))
				.map(round -> Rendering.redirectTo("/buddies/programmes/" + id + "/rounds/" + roundId + "?rerun")
					.build())
				.onErrorResume(HverdagException.InvalidInput.class,
						e -> roundPage(actor, id, roundId, e.fieldProblems().get(0).messageKey(),
								HttpStatus.BAD_REQUEST))
				.onErrorResume(HverdagException.Conflict.class,
						e -> roundPage(actor, id, roundId, e.messageKey(), HttpStatus.CONFLICT)));
	}

	record PublishForm(String version) {
	}

	@PostMapping("/buddies/programmes/{id}/rounds/{roundId}/publish")
	Mono<Rendering> publish(@PathVariable String id, @PathVariable String roundId, @ModelAttribute PublishForm form) {
		return CurrentActor.required()
			.flatMap(
					actor -> roundPage(actor, id, roundId, null, HttpStatus.OK)
						.then(Mono.defer(() -> this.rounds.publish(actor, roundId,
								new RunForm(form.version(), null, null, null, null, null, null, null, null)
									.requiredVersion())))
						.map(round -> Rendering
							.redirectTo("/buddies/programmes/" + id + "/rounds/" + roundId + "?published")
							.build())
						.onErrorResume(HverdagException.InvalidInput.class,
								e -> roundPage(actor, id, roundId, "buddies.error.version", HttpStatus.BAD_REQUEST))
						.onErrorResume(HverdagException.Conflict.class,
								e -> roundPage(actor, id, roundId, e.messageKey(), HttpStatus.CONFLICT)));
	}

}
