package no.hverdag.buddies;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.hverdag.buddies.internal.BuddyMessages;
import no.hverdag.buddies.internal.BuddyStore;
import no.hverdag.buddies.internal.RoundDocument;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.Actor;
import no.hverdag.shared.security.Hashes;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * The two people's side of a pairing: their proposals and pairings, their answers (both
 * must say yes before either sees the other), a graceful end, and the check-in behind a
 * follow-up's link; and the coordinator's list of pairs that asked for help.
 */
@Service
public class BuddyPairings {

	private final BuddyStore store;

	private final BuddyProgrammes programmes;

	private final BuddyMessages messages;

	private final Clock clock;

	BuddyPairings(BuddyStore store, BuddyProgrammes programmes, BuddyMessages messages, Clock clock) {
		this.store = store;
		this.programmes = programmes;
		this.messages = messages;
		this.clock = clock;
	}

	/** Every pairing the actor is part of, newest first. */
	public Flux<MyPairing> mine(Actor actor) {
		Instant now = this.clock.instant();
		return this.store.enrolmentsOf(actor.issuer(), actor.subject())
			.collectMap(Enrolment::id)
			.flatMapMany(mine -> mine.isEmpty() ? Flux.empty()
					: this.store.roundsWithEnrolments(List.copyOf(mine.keySet()))
						.sort((a, b) -> b.publishedAt().compareTo(a.publishedAt()))
						.concatMap(round -> this.programmes.find(round.programmeId())
							.flatMapMany(programme -> Flux.fromIterable(round.pairings())
								.filter(p -> mine.containsKey(p.newcomerId()) || mine.containsKey(p.localId()))
								.concatMap(p -> view(programme, p, mine, now)))));
	}

	private Mono<MyPairing> view(Programme programme, Pairing p, Map<String, Enrolment> mine, Instant now) {
		Side side = mine.containsKey(p.newcomerId()) ? Side.NEWCOMER : Side.LOCAL;
		Side other = side == Side.NEWCOMER ? Side.LOCAL : Side.NEWCOMER;
		Mono<Optional<Enrolment>> buddy = p.revealsContact(now)
				? this.store.enrolment(p.enrolmentOf(other)).map(Optional::of).defaultIfEmpty(Optional.empty())
				: Mono.just(Optional.empty());
		return buddy.map(b -> new MyPairing(p.id(), programme.id(), programme.name(), side, p.status(now), p.reasons(),
				p.answerBy(), p.answerOf(side), b.map(Enrolment::firstName).orElse(null),
				b.map(Enrolment::contact).orElse(null), p.ending()));
	}

	/** The actor's answer to a proposal; 404 for a proposal that is not theirs. */
	public Mono<MyPairing> answer(Actor actor, String pairingId, Answer answer) {
		Instant now = this.clock.instant();
		return ownPairing(actor, pairingId).flatMap(found -> {
			found.pairing().checkMayAnswer(found.side(), now);
			return this.store.answer(found.roundId(), found.index(), pairingId, found.side(), answer, now)
				.flatMap(done -> done ? mineOne(actor, pairingId)
						: Mono.error(new HverdagException.Conflict("buddies.error.answered")))
				.flatMap(view -> view.status() == PairingStatus.ACTIVE
						? this.messages.bothSaidYes(found.pairing()).thenReturn(view) : Mono.just(view));
		});
	}

	/** Ends an active pairing gracefully, from either side. */
	public Mono<MyPairing> end(Actor actor, String pairingId, Ending ending) {
		if (ending == null || ending == Ending.ERASED) {
			return Mono.error(new HverdagException.InvalidInput("ending", "buddies.error.ending"));
		}
		Instant now = this.clock.instant();
		return ownPairing(actor, pairingId).flatMap(found -> {
			found.pairing().checkMayEnd(now);
			return this.store.end(found.roundId(), found.index(), pairingId, ending, now)
				.flatMap(done -> done ? mineOne(actor, pairingId)
						: Mono.error(new HverdagException.Conflict("buddies.error.notActive")));
		});
	}

	/** A follow-up's answer through its link (no sign-in needed: the link is the key). */
	public Mono<Void> checkIn(String token, CheckInAnswer answer) {
		if (answer == null) {
			return Mono.error(new HverdagException.InvalidInput("answer", "buddies.error.checkIn"));
		}
		String hash = Hashes.sha256Hex(token);
		Instant now = this.clock.instant();
		return this.store.roundWithCheckInHash(hash)
			.flatMap(round -> Mono.justOrEmpty(round.located()
				.stream()
				.filter(l -> hash.equals(l.pairing().newcomerCheckInHash())
						|| hash.equals(l.pairing().localCheckInHash()))
				.findFirst()))
			.switchIfEmpty(Mono.error(() -> new HverdagException.NotFound("buddyCheckIn", "")))
			.flatMap(l -> {
				Pairing p = l.pairing();
				if (p.ending() != null) {
					return Mono.error(new HverdagException.Conflict("buddies.error.notActive"));
				}
				Side side = hash.equals(p.newcomerCheckInHash()) ? Side.NEWCOMER : Side.LOCAL;
				int month = FollowUpSchedule.MONTHS.get(Math.max(0, p.followUpsSent() - 1));
				return this.store.checkIn(l.roundId(), l.index(), p.id(), new CheckIn(month, side, answer, now));
			})
			.then();
	}

	/** Pairs of a programme the actor runs that asked for help and have not ended. */
	public Flux<HelpRequest> helpRequests(Actor actor, String programmeId) {
		return this.programmes.managedBy(actor, programmeId)
			.flatMapMany(programme -> this.store.publishedRounds(programme.id()))
			.flatMapIterable(RoundDocument::pairings)
			.filter(p -> p.needsHelp() && p.ending() == null)
			.concatMap(p -> this.store.enrolments(List.of(p.newcomerId(), p.localId()))
				.collectMap(Enrolment::id)
				.map(people -> new HelpRequest(p.id(), name(people, p.newcomerId()), name(people, p.localId()),
						p.checkIns().isEmpty() ? null : p.checkIns().get(p.checkIns().size() - 1).at())));
	}

	private static String name(Map<String, Enrolment> people, String id) {
		Enrolment e = people.get(id);
		return e == null ? "" : e.firstName();
	}

	/** A pair that asked for help, for the coordinator. */
	public record HelpRequest(String pairingId, String newcomerFirstName, String localFirstName, Instant askedAt) {

	}

	private Mono<MyPairing> mineOne(Actor actor, String pairingId) {
		return mine(actor).filter(p -> p.pairingId().equals(pairingId)).next();
	}

	private record Found(String roundId, int index, Pairing pairing, Side side) {
	}

	private Mono<Found> ownPairing(Actor actor, String pairingId) {
		return this.store.roundWithPairing(pairingId)
			.flatMap(round -> Mono.justOrEmpty(round.located()
				.stream()
				.filter(l -> l.pairing().id().equals(pairingId) && !Pairing.ANONYMOUS.equals(l.pairing().newcomerId()))
				.findFirst()))
			.flatMap(l -> this.store.enrolments(List.of(l.pairing().newcomerId(), l.pairing().localId()))
				.filter(e -> e.ownedBy(actor.issuer(), actor.subject()))
				.next()
				.map(e -> new Found(l.roundId(), l.index(), l.pairing(), l.pairing().sideOf(e.id()).orElseThrow())))
			.switchIfEmpty(Mono.error(() -> new HverdagException.NotFound("buddyProposal", pairingId)));
	}

}
