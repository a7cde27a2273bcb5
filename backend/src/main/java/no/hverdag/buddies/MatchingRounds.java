package no.hverdag.buddies;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import no.hverdag.buddies.internal.BuddyMessages;
import no.hverdag.buddies.internal.BuddyStore;
import no.hverdag.buddies.internal.RoundDocument;
import no.hverdag.buddies.internal.RoundSolver;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.Actor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * A coordinator's matching round: run it on the programme's pool (approved, not held by a
 * live pairing), adjust weights, lock or forbid pairs and run again, then publish all of
 * it at once or discard it. Only the round's own coordinator sees it. Publishing names
 * the version that was looked at, so two coordinators, or a publish racing a re-run,
 * cannot publish two different results.
 */
@Service
public class MatchingRounds {

	private final BuddyStore store;

	private final BuddyProgrammes programmes;

	private final RoundSolver solver;

	private final BuddyMessages messages;

	private final Clock clock;

	MatchingRounds(BuddyStore store, BuddyProgrammes programmes, RoundSolver solver, BuddyMessages messages,
			Clock clock) {
		this.store = store;
		this.programmes = programmes;
		this.solver = solver;
		this.messages = messages;
		this.clock = clock;
	}

	/** Runs a new round; one draft per programme at a time. */
	public Mono<Round> start(Actor actor, String programmeId, Matchmaker.Plan plan) {
		Instant now = this.clock.instant();
		return this.programmes.managedBy(actor, programmeId)
			.flatMap(programme -> solve(programme, plan, now).flatMap(outcome -> this.store
				.insert(RoundDocument.draft(UUID.randomUUID().toString(), programme.id(), actor, plan, outcome, now))))
			.map(RoundDocument::toDomain)
			.onErrorMap(DuplicateKeyException.class, e -> new HverdagException.Conflict("buddies.error.roundOpen"));
	}

	/** Runs an open draft again with new weights, locks and forbids. */
	public Mono<Round> rerun(Actor actor, String roundId, long version, Matchmaker.Plan plan) {
		Instant now = this.clock.instant();
		return own(actor, roundId).flatMap(found -> {
			requireDraftAt(found.round(), version);
			return solve(found.programme(), plan, now)
				.flatMap(outcome -> this.store.replaceDraft(
						RoundDocument.draft(roundId, found.programme().id(), actor, plan, outcome, now), version))
				.flatMap(done -> done ? this.store.round(roundId).map(RoundDocument::toDomain)
						: Mono.error(new HverdagException.Conflict("buddies.error.roundChanged")));
		});
	}

	/** Publishes every proposal of the draft at {@code version}, then asks both sides. */
	public Mono<Round> publish(Actor actor, String roundId, long version) {
		Instant now = this.clock.instant();
		return own(actor, roundId).flatMap(found -> {
			requireDraftAt(found.round(), version);
			Instant answerBy = now.plus(Duration.ofDays(found.programme().answerDays()));
			List<Pairing> pairings = found.round()
				.proposals()
				.stream()
				.map(p -> Pairing.proposed(UUID.randomUUID().toString(), p, answerBy))
				.toList();
			return heldNow(found.programme().id(), now).flatMap(held -> {
				boolean stale = pairings.stream()
					.anyMatch(p -> held.contains(p.newcomerId()) || held.contains(p.localId())
							|| !found.people().containsKey(p.newcomerId()) || !found.people().containsKey(p.localId()));
				if (stale) {
					return Mono.error(new HverdagException.Conflict("buddies.error.roundStale"));
				}
				return this.store.publish(roundId, version, pairings, now);
			})
				.flatMap(done -> done ? this.store.round(roundId).map(RoundDocument::toDomain)
						: Mono.error(new HverdagException.Conflict("buddies.error.roundChanged")))
				.flatMap(published -> Flux.fromIterable(pairings)
					.concatMap(p -> this.messages.proposed(found.people().get(p.newcomerId()), answerBy)
						.then(this.messages.proposed(found.people().get(p.localId()), answerBy)))
					.then(Mono.just(published)));
		});
	}

	public Mono<Round> discard(Actor actor, String roundId, long version) {
		return own(actor, roundId).flatMap(found -> {
			requireDraftAt(found.round(), version);
			return this.store.discard(roundId, version)
				.flatMap(done -> done ? this.store.round(roundId).map(RoundDocument::toDomain)
						: Mono.error(new HverdagException.Conflict("buddies.error.roundChanged")));
		});
	}

	/** The round with the people it names, for its own coordinator only. */
	public Mono<Round.View> own(Actor actor, String roundId) {
		return this.store.round(roundId)
			.switchIfEmpty(Mono.error(() -> new HverdagException.NotFound("buddyRound", roundId)))
			.flatMap(doc -> {
				if (!actor.sameIdentity(doc.coordinatorIssuer(), doc.coordinatorSubject())) {
					return Mono.error(new HverdagException.Forbidden("buddies.error.notYourRound"));
				}
				return this.programmes.managedBy(actor, doc.programmeId())
					.flatMap(programme -> this.store.enrolments(doc.programmeId())
						.collectMap(Enrolment::id)
						.map(people -> new Round.View(programme, doc.toDomain(), new LinkedHashMap<>(people))));
			});
	}

	/** The actor's own rounds of a programme they run (drafts first). */
	public Flux<Round> ofProgramme(Actor actor, String programmeId) {
		return this.programmes.managedBy(actor, programmeId)
			.flatMapMany(p -> this.store.rounds(p.id()))
			.filter(doc -> actor.sameIdentity(doc.coordinatorIssuer(), doc.coordinatorSubject()))
			.map(RoundDocument::toDomain);
	}

	private Mono<Matchmaker.Outcome> solve(Programme programme, Matchmaker.Plan plan, Instant now) {
		return heldNow(programme.id(), now).flatMap(held -> this.store.enrolments(programme.id())
			.filter(e -> e.status() == Enrolment.EnrolmentStatus.APPROVED && !held.contains(e.id()))
			.collectList()
			.flatMap(pool -> {
				List<Candidate> newcomers = new ArrayList<>();
				List<Candidate> locals = new ArrayList<>();
				pool.forEach(e -> (e.side() == Side.NEWCOMER ? newcomers : locals).add(e.candidate()));
				return this.solver.run(programme.rules(), newcomers, locals, plan, now);
			}));
	}

	/** The enrolments that a live pairing (asked, active, or ended as friends) holds. */
	Mono<Set<String>> heldNow(String programmeId, Instant now) {
		return this.store.publishedRounds(programmeId)
			.flatMapIterable(RoundDocument::pairings)
			.filter(p -> p.holdsPeople(now))
			.collect(HashSet::new, (set, p) -> {
				set.add(p.newcomerId());
				set.add(p.localId());
			});
	}

	private static void requireDraftAt(Round round, long version) {
		if (!round.draft() || round.version() != version) {
			throw new HverdagException.Conflict("buddies.error.roundChanged");
		}
	}

	/** The people of a round by id, for callers that name them. */
	public static Map<String, String> firstNames(Round.View view) {
		Map<String, String> names = new LinkedHashMap<>();
		view.people().forEach((id, e) -> names.put(id, e.firstName()));
		return names;
	}

}
