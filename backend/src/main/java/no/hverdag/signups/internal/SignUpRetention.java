package no.hverdag.signups.internal;

import java.time.Clock;
import java.time.LocalDate;

import no.hverdag.shared.StartupStep;
import no.hverdag.shared.time.HverdagClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Names and contact points on sign-ups are kept only for a while after the occurrence
 * ({@code hverdag.retention.signup-contact-days}, 90 by default), as
 * {@code BookingRetention} does for bookings: one multi-document update that unsets them
 * on every sign-up of an occurrence more than that many days before a Norwegian today.
 * The sign-up stays as an anonymous count; running it again changes nothing. Runs at
 * start-up and every night at 03:40.
 */
@Component
class SignUpRetention extends StartupStep {

	private static final Logger log = LoggerFactory.getLogger(SignUpRetention.class);

	private final SignUpStore store;

	private final Clock clock;

	private final int days;

	SignUpRetention(SignUpStore store, Clock clock, @Value("${hverdag.retention.signup-contact-days:90}") int days) {
		if (days < 0) {
			throw new IllegalArgumentException(
					"hverdag.retention.signup-contact-days must not be negative, was " + days);
		}
		this.store = store;
		this.clock = clock;
		this.days = days;
	}

	/**
	 * @return how many sign-ups were anonymised by this run
	 */
	Mono<Long> eraseExpiredContacts() {
		return Mono.defer(() -> {
			String cutoff = LocalDate.ofInstant(this.clock.instant(), HverdagClock.NORWAY)
				.minusDays(this.days)
				.toString();
			return this.store.erase(Criteria.where("date").lt(cutoff).and("contact").exists(true));
		});
	}

	@Override
	protected Mono<?> run() {
		return logged(eraseExpiredContacts());
	}

	@Override
	public int getPhase() {
		return DERIVED;
	}

	@Scheduled(cron = "0 40 3 * * *", zone = "Europe/Oslo")
	void nightly() {
		logged(eraseExpiredContacts()).subscribe();
	}

	private Mono<Long> logged(Mono<Long> run) {
		return run
			.doOnNext(count -> log.info("Sign-up retention: anonymised {} sign-up(s) of occurrences over {} days ago",
					count, this.days))
			.onErrorResume(error -> {
				log.error("Sign-up retention failed; the next run tries again", error);
				return Mono.empty();
			});
	}

}
