package no.hverdag.buddies.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import no.hverdag.buddies.Answer;
import no.hverdag.buddies.BuddyEnrolments;
import no.hverdag.buddies.BuddyPairings;
import no.hverdag.buddies.BuddyProgrammes;
import no.hverdag.buddies.CheckInAnswer;
import no.hverdag.buddies.Ending;
import no.hverdag.buddies.Enrolment;
import no.hverdag.buddies.EnrolmentRequest;
import no.hverdag.buddies.Matchmaker;
import no.hverdag.buddies.MatchingRounds;
import no.hverdag.buddies.MyPairing;
import no.hverdag.buddies.NewProgramme;
import no.hverdag.buddies.PairKey;
import no.hverdag.buddies.PairingStatus;
import no.hverdag.buddies.Programme;
import no.hverdag.buddies.Reason;
import no.hverdag.buddies.Round;
import no.hverdag.buddies.Side;
import no.hverdag.buddies.Weights;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.i18n.SupportedLanguage;
import no.hverdag.shared.security.CurrentActor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Culture buddies over the API: programmes, enrolments, rounds (only their own
 * coordinator sees them), the two people's answers and endings, and check-ins.
 */
@RestController
class BuddyApi {

	private final BuddyProgrammes programmes;

	private final BuddyEnrolments enrolments;

	private final MatchingRounds rounds;

	private final BuddyPairings pairings;

	private final ReasonTexts reasons;

	BuddyApi(BuddyProgrammes programmes, BuddyEnrolments enrolments, MatchingRounds rounds, BuddyPairings pairings,
			ReasonTexts reasons) {
		this.programmes = programmes;
		this.enrolments = enrolments;
		this.rounds = rounds;
		this.pairings = pairings;
		this.reasons = reasons;
	}

	record ProgrammeResponse(String id, String name, String municipality, String organisationId, String description,
			int pairingMonths, int maxPerLocal, int answerDays, Integer maxAgeBandGap) {

		static ProgrammeResponse of(Programme p, Locale locale) {
			return new ProgrammeResponse(p.id(), p.name(), p.municipality(), p.organisationId(),
					p.description(SupportedLanguage.of(locale).code()), p.pairingMonths(), p.maxPerLocal(),
					p.answerDays(), p.maxAgeBandGap());
		}

	}

	record EnrolmentResponse(String id, String programmeId, Side side, String firstName, String status,
			List<String> languages, String ageBand, List<String> interests, List<String> free, int capacity,
			Instant enrolledAt) {

		static EnrolmentResponse of(Enrolment e) {
			return new EnrolmentResponse(e.id(), e.programmeId(), e.side(), e.firstName(), e.status().name(),
					List.copyOf(e.languages()), e.ageBand().name(),
					e.interests().stream().map(Enum::name).sorted().toList(), e.freeCodes(), e.capacity(),
					e.enrolledAt());
		}

	}

	record ApprovalRequest(Boolean conversationHeld) {
	}

	record ReasonResponse(String code, List<String> values, String text) {
	}

	record ProposalResponse(String newcomerId, String newcomerFirstName, String localId, String localFirstName,
			int points, boolean locked, List<ReasonResponse> reasons) {
	}

	record RoundResponse(String id, String programmeId, String status, long version, Weights weights,
			List<PairKey> locks, List<PairKey> forbids, List<ProposalResponse> proposals,
			List<String> unmatchedNewcomers, List<String> unmatchedLocals, Instant publishedAt) {
	}

	/** Weights as sent; a weight left out keeps its default. */
	record WeightsRequest(Integer interests, Integer lifeSituation, Integer distance, Integer profession,
			Integer ageCloseness, Integer waiting) {
	}

	record RunRequest(Long version, WeightsRequest weights, List<PairKey> locks, List<PairKey> forbids) {

		Matchmaker.Plan plan() {
			Weights w = this.weights == null ? Weights.DEFAULT
					: Weights.of(this.weights.interests(), this.weights.lifeSituation(), this.weights.distance(),
							this.weights.profession(), this.weights.ageCloseness(), this.weights.waiting());
			return new Matchmaker.Plan(w, this.locks == null ? Set.of() : Set.copyOf(this.locks),
					this.forbids == null ? Set.of() : Set.copyOf(this.forbids));
		}

		long requiredVersion() {
			if (this.version == null) {
				throw new HverdagException.InvalidInput("version", "buddies.error.version");
			}
			return this.version;
		}

	}

	record VersionRequest(Long version) {
	}

	record AnswerRequest(Answer answer) {
	}

	record EndingRequest(Ending ending) {
	}

	record CheckInRequest(CheckInAnswer answer) {
	}

	record PairingResponse(String id, String programmeId, String programmeName, Side side, PairingStatus status,
			List<ReasonResponse> reasons, Instant answerBy, Answer myAnswer, String buddyFirstName, String buddyContact,
			Ending ending) {
	}

	@Operation(summary = "List the culture-buddy programmes I coordinate")
	@GetMapping("/api/v1/buddies/programmes")
	Flux<ProgrammeResponse> programmes(Locale locale) {
		return this.programmes.all().map(p -> ProgrammeResponse.of(p, locale));
	}

	@Operation(summary = "One culture-buddy programme")
	@GetMapping("/api/v1/buddies/programmes/{id}")
	Mono<ProgrammeResponse> programme(@PathVariable String id, Locale locale) {
		return this.programmes.find(id).map(p -> ProgrammeResponse.of(p, locale));
	}

	@Operation(summary = "Start a culture-buddy programme (coordinator)")
	@PostMapping("/api/v1/buddies/programmes")
	Mono<ResponseEntity<ProgrammeResponse>> create(@RequestBody NewProgramme request, Locale locale) {
		return CurrentActor.required()
			.flatMap(actor -> this.programmes.create(actor, request))
			.map(p -> ResponseEntity.created(URI.create("/api/v1/buddies/programmes/" + p.id()))
				.body(ProgrammeResponse.of(p, locale)));
	}

	@Operation(summary = "Enrol in a culture-buddy programme")
	@PostMapping("/api/v1/buddies/programmes/{id}/enrolments")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<EnrolmentResponse> enrol(@PathVariable String id, @RequestBody EnrolmentRequest request, Locale locale) {
		return CurrentActor.required()
			.flatMap(actor -> this.enrolments.enrol(actor, id, request, SupportedLanguage.of(locale).code()))
			.map(EnrolmentResponse::of);
	}

	@Operation(summary = "List a programme's enrolments (coordinator)")
	@GetMapping("/api/v1/buddies/programmes/{id}/enrolments")
	Flux<EnrolmentResponse> enrolled(@PathVariable String id) {
		return CurrentActor.required()
			.flatMapMany(actor -> this.enrolments.ofProgramme(actor, id))
			.map(EnrolmentResponse::of);
	}

	@Operation(summary = "Approve an enrolment (coordinator)")
	@PostMapping("/api/v1/buddies/programmes/{id}/enrolments/{enrolmentId}/approval")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> approve(@PathVariable String id, @PathVariable String enrolmentId,
			@RequestBody ApprovalRequest request) {
		return CurrentActor.required()
			.flatMap(actor -> this.enrolments.approve(actor, id, enrolmentId,
					Boolean.TRUE.equals(request.conversationHeld())));
	}

	@Operation(summary = "My culture-buddy enrolments")
	@GetMapping("/api/v1/buddies/enrolments/mine")
	Flux<EnrolmentResponse> myEnrolments() {
		return CurrentActor.required().flatMapMany(this.enrolments::mine).map(EnrolmentResponse::of);
	}

	@Operation(summary = "Open a matching round in a programme")
	@PostMapping("/api/v1/buddies/programmes/{id}/rounds")
	Mono<ResponseEntity<RoundResponse>> start(@PathVariable String id,
			@RequestBody(required = false) RunRequest request, Locale locale) {
		RunRequest run = request == null ? new RunRequest(null, null, null, null) : request;
		return CurrentActor.required()
			.flatMap(actor -> Mono.fromCallable(run::plan)
				.flatMap(plan -> this.rounds.start(actor, id, plan))
				.flatMap(round -> this.rounds.own(actor, round.id())))
			.map(view -> ResponseEntity
				.created(URI.create("/api/v1/buddies/programmes/" + id + "/rounds/" + view.round().id()))
				.body(response(view, locale)));
	}

	@Operation(summary = "One matching round with its proposals and reasons")
	@GetMapping("/api/v1/buddies/programmes/{id}/rounds/{roundId}")
	Mono<RoundResponse> round(@PathVariable String id, @PathVariable String roundId, Locale locale) {
		return CurrentActor.required().flatMap(actor -> ofProgramme(actor, id, roundId)).map(v -> response(v, locale));
	}

	@Operation(summary = "Run the matching of a round (optimal, with reasons)")
	@PostMapping("/api/v1/buddies/programmes/{id}/rounds/{roundId}/runs")
	Mono<RoundResponse> rerun(@PathVariable String id, @PathVariable String roundId, @RequestBody RunRequest request,
			Locale locale) {
		return CurrentActor.required()
			.flatMap(actor -> ofProgramme(actor, id, roundId).flatMap(
					v -> Mono.defer(() -> this.rounds.rerun(actor, roundId, request.requiredVersion(), request.plan())))
				.then(this.rounds.own(actor, roundId)))
			.map(v -> response(v, locale));
	}

	@Operation(summary = "Publish a round's proposals to the people matched")
	@PostMapping("/api/v1/buddies/programmes/{id}/rounds/{roundId}/publication")
	Mono<RoundResponse> publish(@PathVariable String id, @PathVariable String roundId,
			@RequestBody VersionRequest request, Locale locale) {
		return CurrentActor.required()
			.flatMap(
					actor -> ofProgramme(actor, id, roundId).then(this.rounds.publish(actor, roundId, version(request)))
						.then(this.rounds.own(actor, roundId)))
			.map(v -> response(v, locale));
	}

	@Operation(summary = "Discard a round's proposals")
	@PostMapping("/api/v1/buddies/programmes/{id}/rounds/{roundId}/discard")
	Mono<RoundResponse> discard(@PathVariable String id, @PathVariable String roundId,
			@RequestBody VersionRequest request, Locale locale) {
		return CurrentActor.required()
			.flatMap(
					actor -> ofProgramme(actor, id, roundId).then(this.rounds.discard(actor, roundId, version(request)))
						.then(this.rounds.own(actor, roundId)))
			.map(v -> response(v, locale));
	}

	@Operation(summary = "Pairings that asked for help (coordinator)")
	@GetMapping("/api/v1/buddies/programmes/{id}/help-requests")
	Flux<BuddyPairings.HelpRequest> help(@PathVariable String id) {
		return CurrentActor.required().flatMapMany(actor -> this.pairings.helpRequests(actor, id));
	}

	@Operation(summary = "My culture-buddy pairings")
	@GetMapping("/api/v1/buddies/pairings/mine")
	Flux<PairingResponse> myPairings(Locale locale) {
		return CurrentActor.required().flatMapMany(this.pairings::mine).map(p -> response(p, locale));
	}

	@Operation(summary = "Accept or decline a proposed pairing")
	@PostMapping("/api/v1/buddies/pairings/{id}/answer")
	Mono<PairingResponse> answer(@PathVariable String id, @RequestBody AnswerRequest request, Locale locale) {
		if (request.answer() == null) {
			return Mono.error(new HverdagException.InvalidInput("answer", "buddies.error.answer"));
		}
		return CurrentActor.required()
			.flatMap(actor -> this.pairings.answer(actor, id, request.answer()))
			.map(p -> response(p, locale));
	}

	@Operation(summary = "End a culture-buddy pairing")
	@PostMapping("/api/v1/buddies/pairings/{id}/ending")
	Mono<PairingResponse> end(@PathVariable String id, @RequestBody EndingRequest request, Locale locale) {
		return CurrentActor.required()
			.flatMap(actor -> this.pairings.end(actor, id, request.ending()))
			.map(p -> response(p, locale));
	}

	@Operation(summary = "Answer a follow-up check-in from its link")
	@PostMapping("/api/v1/buddies/check-ins/{token}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> checkIn(@PathVariable String token, @RequestBody CheckInRequest request) {
		return this.pairings.checkIn(token, request.answer());
	}

	private Mono<Round.View> ofProgramme(no.hverdag.shared.security.Actor actor, String programmeId, String roundId) {
		return this.rounds.own(actor, roundId)
			.filter(v -> v.round().programmeId().equals(programmeId))
			.switchIfEmpty(Mono.error(() -> new HverdagException.NotFound("buddyRound", roundId)));
	}

	private static long version(VersionRequest request) {
		if (request == null || request.version() == null) {
			throw new HverdagException.InvalidInput("version", "buddies.error.version");
		}
		return request.version();
	}

	private List<ReasonResponse> reasons(List<Reason> list, Locale locale) {
		return list.stream().map(r -> new ReasonResponse(r.code(), r.values(), this.reasons.text(r, locale))).toList();
	}

	private RoundResponse response(Round.View view, Locale locale) {
		Round r = view.round();
		Map<String, Enrolment> people = view.people();
		return new RoundResponse(r.id(), r.programmeId(), r.status(), r.version(), r.weights(), r.locks(), r.forbids(),
				r.proposals()
					.stream()
					.map(p -> new ProposalResponse(p.newcomerId(), firstName(people, p.newcomerId()), p.localId(),
							firstName(people, p.localId()), p.points(), p.locked(), reasons(p.reasons(), locale)))
					.toList(),
				r.unmatchedNewcomers(), r.unmatchedLocals(), r.publishedAt());
	}

	private PairingResponse response(MyPairing p, Locale locale) {
		return new PairingResponse(p.pairingId(), p.programmeId(), p.programmeName(), p.side(), p.status(),
				reasons(p.reasons(), locale), p.answerBy(), p.myAnswer(), p.buddyFirstName(), p.buddyContact(),
				p.ending());
	}

	private static String firstName(Map<String, Enrolment> people, String id) {
		Enrolment e = people.get(id);
		return e == null ? null : e.firstName();
	}

}
