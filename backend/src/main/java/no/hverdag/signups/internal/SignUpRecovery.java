package no.hverdag.signups.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import no.hverdag.shared.StartupStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finishes or rolls back sign-ups and cancels that a crash (or a failed write) left half
 * done (ADR 0007): a PENDING sign-up never answered is rolled back and its place, if it
 * got one, given back; an unsettled sign-up's occurrence is settled (a cancelled holder's
 * place passed on, a waiting holder confirmed, free places filled). Occurrence documents
 * from before holders were kept get their counts rebuilt from the sign-ups they count.
 * Runs at start-up, before traffic, on everything; then every minute on what is older
 * than {@link #GRACE}, so requests still in flight are left to finish themselves (and a
 * step done twice changes nothing anyway).
 */
@Component
class SignUpRecovery extends StartupStep {

	static final Duration GRACE = Duration.ofMinutes(2);

	private static final Logger LOG = LoggerFactory.getLogger(SignUpRecovery.class);

	private final SignUpStore store;

	private final OccurrencePlaces places;

	private final Clock clock;

	SignUpRecovery(SignUpStore store, OccurrencePlaces places, Clock clock) {
		this.store = store;
		this.places = places;
		this.clock = clock;
	}

	@Override
	protected Mono<?> run() {
		return rebuildOldOccurrences().then(recover(this.clock.instant()));
	}

	@Override
	public int getPhase() {
		// After the content is in place, before anything derived from it.
		return CONTENT + 10;
	}

	@Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.MINUTES)
	void recoverOnSchedule() {
		recover(this.clock.instant().minus(GRACE)).subscribe(null,
				failure -> LOG.warn("Sign-up recovery failed; it runs again in a minute", failure));
	}

	/**
	 * Rolls back and settles what was begun before this instant; the count of repairs.
	 */
	Mono<Long> recover(Instant before) {
		Mono<Long> abandoned = this.store.pending(before)
			.concatMap(pending -> this.store.abandon(pending.id(), this.clock.instant()))
			.count();
		Mono<Long> settled = this.store.unsettled(before)
			.concatMap(unsettled -> this.places.settle(unsettled.occurrenceId())
				.then(this.store.markSettled(unsettled.id()))
				.thenReturn(unsettled))
			.count();
		// In this order: a rolled-back sign-up is unsettled, and its place goes back when
		// its occurrence is settled.
		return abandoned.flatMap(a -> settled.map(s -> {
			if (a + s > 0) {
				LOG.info("Sign-up recovery: {} unfinished sign-ups rolled back, {} sign-ups settled", a, s);
			}
			return a + s;
		}));
	}

	private Mono<Void> rebuildOldOccurrences() {
		return this.store.withoutHolders()
			.concatMap(old -> this.store.confirmedIds(old.id())
				.flatMap(confirmed -> this.store.rebuildPlaces(old, confirmed))
				.then(this.places.fillFreePlaces(old.id())))
			.then();
	}

}
