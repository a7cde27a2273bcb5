package no.hverdag.signups.internal;

import java.time.Clock;
import java.util.List;

import no.hverdag.activities.ActivityCatalogue;
import no.hverdag.shared.HverdagException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Moves places between the sign-ups of one occurrence. Every step is one conditional
 * update that names the sign-up it is for (take a place for X, give X's place back, hand
 * X's place to Y as read at version v), so running a step twice, or two callers running
 * the same step, changes nothing the second time. That is what lets the crash recovery
 * ({@link SignUpRecovery}) simply run {@link #settle} again on whatever was left half
 * done (ADR 0007).
 */
@Component
public class OccurrencePlaces {

	private final SignUpStore store;

	private final ActivityCatalogue catalogue;

	private final SignUpMessages messages;

	private final Clock clock;

	OccurrencePlaces(SignUpStore store, ActivityCatalogue catalogue, SignUpMessages messages, Clock clock) {
		this.store = store;
		this.catalogue = catalogue;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The place this sign-up holds (if any) goes straight to the first one waiting, else
	 * back to the pool; then free places are filled. A newcomer can never take it in
	 * between.
	 */
	public Mono<Void> passPlaceOn(String occurrenceId, String from) {
		return this.store.occurrence(occurrenceId).flatMap(read -> {
			if (!read.holds(from)) {
				return Mono.empty();
			}
			return this.store.firstWaiting(occurrenceId, read.holders())
				.flatMap(next -> this.store.passPlace(read, from, next.id())
					.flatMap(passed -> passed ? confirm(read, next.id()) : passPlaceOn(occurrenceId, from))
					.thenReturn(true))
				.switchIfEmpty(Mono.defer(() -> this.store.releasePlace(occurrenceId, from, read.capacity() != null)
					.then(fillFreePlaces(occurrenceId))
					.thenReturn(true)))
				.then();
		});
	}

	/**
	 * While a place is free and someone waits, the first one waiting takes it: a
	 * conditional take for that person, then their sign-up is confirmed. Whoever joins
	 * the list and whoever gives a place back runs this, so no place stays free while
	 * someone waits.
	 */
	public Mono<Void> fillFreePlaces(String occurrenceId) {
		return this.store.occurrence(occurrenceId).flatMap(read -> {
			if (read.capacity() != null && (read.remaining() == null || read.remaining() <= 0)) {
				return Mono.empty();
			}
			return this.store.firstWaiting(occurrenceId, read.holders() == null ? List.of() : read.holders())
				.flatMap(next -> this.store.claimPlace(occurrenceId, next.id(), read.capacity() != null)
					.flatMap(claimed -> claimed ? confirm(read, next.id()).then(fillFreePlaces(occurrenceId))
							// Someone else moved first: look again.
							: fillFreePlaces(occurrenceId)));
		});
	}

	/**
	 * Makes the occurrence consistent with its sign-ups again: a place held by a
	 * cancelled (or vanished) sign-up is passed on, a waiting holder is confirmed, free
	 * places are filled. Idempotent; safe while requests run.
	 */
	public Mono<Void> settle(String occurrenceId) {
		return this.store.occurrence(occurrenceId).flatMap(read -> {
			List<String> holders = read.holders() == null ? List.of() : read.holders();
			return this.store.byIds(holders)
				.collectMap(SignUpDocument::id)
				.flatMap(found -> Flux.fromIterable(holders).concatMap(holder -> {
					SignUpDocument signUp = found.get(holder);
					if (signUp == null || SignUpStore.CANCELLED.equals(signUp.status())) {
						return passPlaceOn(occurrenceId, holder);
					}
					if (SignUpStore.WAITING.equals(signUp.status())) {
						return confirm(read, holder);
					}
					return Mono.empty();
				}).then(fillFreePlaces(occurrenceId)));
		});
	}

	/**
	 * The waiting sign-up now holding a place becomes confirmed and is told, once: only
	 * the caller whose update confirmed it sends. If it was cancelled meanwhile, its new
	 * place passes on at once.
	 */
	private Mono<Void> confirm(OccurrenceDocument occurrence, String signUpId) {
		return this.store.confirmPromoted(signUpId, this.clock.instant())
			.flatMap(promoted -> this.catalogue.find(promoted.activityId())
				.flatMap(activity -> this.messages.promoted(promoted, activity))
				.onErrorResume(HverdagException.NotFound.class, gone -> Mono.empty())
				.thenReturn(true))
			.switchIfEmpty(Mono.defer(() -> this.store.byId(signUpId)
				.filter(now -> SignUpStore.CANCELLED.equals(now.status()))
				.flatMap(cancelled -> passPlaceOn(occurrence.id(), signUpId))
				.thenReturn(true)))
			.then();
	}

}
