package no.hverdag.signups.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import no.hverdag.activities.ListingLifecycle;
import no.hverdag.shared.StartupStep;
import no.hverdag.signups.OccurrenceCancellations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finishes occurrence cancels a crash left half done (ADR 0007): at start, before
 * traffic, and every minute. A cancelled occurrence still marked unfinished, or one still
 * to come (a sign-up that was in flight while it was cancelled), is finished again;
 * finishing is idempotent, and a person is told once (their {@code cancelNotice} is
 * cleared in a conditional update after the message). Withdrawn listings are checked the
 * same way: a coming date with people still signed up is cancelled for them.
 */
@Component
class OccurrenceCancellationRecovery extends StartupStep {

	private static final Logger LOG = LoggerFactory.getLogger(OccurrenceCancellationRecovery.class);

	private final SignUpStore store;

	private final OccurrenceCancellations cancellations;

	private final Clock clock;

	private final ListingLifecycle listings;

	private final WithdrawnListingSignUps withdrawals;

	OccurrenceCancellationRecovery(SignUpStore store, OccurrenceCancellations cancellations, Clock clock,
			ListingLifecycle listings, WithdrawnListingSignUps withdrawals) {
		this.listings = listings;
		this.withdrawals = withdrawals;
		this.store = store;
		this.cancellations = cancellations;
		this.clock = clock;
	}

	/**
	 * The cancellations only: the withdrawals at start are {@link WithdrawalRecovery}'s,
	 * in the background, since finding them reads every listing.
	 */
	@Override
	protected Mono<?> run() {
		return recover(this.clock.instant());
	}

	/**
	 * Withdrawn listings whose people were not all told (the process died between the
	 * withdrawal and its follow-up): their coming dates are cancelled now. Found on the
	 * listings' agenda; settled entries only unless nothing can be in flight (at start).
	 */
	Mono<Long> recoverWithdrawals(boolean settledOnly) {
		return this.listings.followUpWithdrawals(settledOnly).doOnNext(told -> {
			if (told > 0) {
				LOG.info("Withdrawal recovery told {} people", told);
			}
		});
	}

	/**
	 * Every withdrawn listing, whether on the agenda or not: once per store, for the
	 * withdrawals made before there was an agenda. Reads every listing.
	 */
	Mono<Long> recoverEveryWithdrawal() {
		return this.listings.withdrawnSince(null).concatMap(this.withdrawals::withdrawn).reduce(0L, Long::sum);
	}

	/** Finishes the cancels begun before this instant; the count of people told. */
	Mono<Long> recover(Instant before) {
		return this.store.cancelledToCheck(LocalDate.now(this.clock).toString())
			.filter(occurrence -> occurrence.cancelledAt().isBefore(before))
			.concatMap(occurrence -> this.cancellations.finish(occurrence.id()))
			.reduce(0L, Long::sum)
			.doOnNext(told -> {
				if (told > 0) {
					LOG.info("Occurrence cancellation recovery told {} people", told);
				}
			});
	}

	@Override
	public int getPhase() {
		// After sign-up recovery, before anything derived.
		return CONTENT + 15;
	}

	@Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.MINUTES)
	void recoverOnSchedule() {
		// Requests in flight finish themselves: only what is older than the grace period.
		Instant now = this.clock.instant();
		recoverWithdrawals(true).then(recover(now.minus(SignUpRecovery.GRACE)))
			.subscribe(null,
					failure -> LOG.warn("Occurrence cancellation recovery failed; again in a minute", failure));
	}

}
