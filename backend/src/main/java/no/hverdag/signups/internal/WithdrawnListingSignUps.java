package no.hverdag.signups.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import no.hverdag.activities.Activity;
import no.hverdag.activities.WithdrawalFollowUp;
import no.hverdag.signups.OccurrenceCancellations;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * A withdrawn listing's coming dates are cancelled for everyone signed up or waiting,
 * each told in their language, exactly as when the organisation cancels one date: each
 * such occurrence gets the cancel's intent and is finished by
 * {@link OccurrenceCancellations} (ADR 0007). Dates nobody signed up for need nothing.
 * Idempotent: the intent is written once per occurrence, and finishing tells nobody
 * twice.
 */
@Component
class WithdrawnListingSignUps implements WithdrawalFollowUp {

	private final SignUpStore store;

	private final OccurrenceCancellations cancellations;

	private final Clock clock;

	WithdrawnListingSignUps(SignUpStore store, OccurrenceCancellations cancellations, Clock clock) {
		this.store = store;
		this.cancellations = cancellations;
		this.clock = clock;
	}

	@Override
	public Mono<Long> withdrawn(Activity activity) {
		LocalDateTime now = LocalDateTime.now(this.clock);
		Integer capacity = activity.participation().capacity();
		return this.store.ofActivity(activity.id(), now.toLocalDate().toString())
			.filter(signUp -> SignUpStore.CONFIRMED.equals(signUp.status())
					|| SignUpStore.WAITING.equals(signUp.status()))
			.filter(signUp -> LocalDate.parse(signUp.date()).atTime(LocalTime.parse(signUp.start())).isAfter(now))
			.distinct(SignUpDocument::occurrenceId)
			.concatMap(signUp -> this.store
				.markCancelled(signUp.occurrenceId(), activity.id(), signUp.date(), capacity, null,
						this.clock.instant())
				.then(this.cancellations.finish(signUp.occurrenceId())))
			.reduce(0L, Long::sum);
	}

}
