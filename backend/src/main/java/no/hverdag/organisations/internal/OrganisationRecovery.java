package no.hverdag.organisations.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import no.hverdag.accounts.AccessControl;
import no.hverdag.shared.StartupStep;
import no.hverdag.shared.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finishes registrations a crash left half done (ADR 0007): an organisation whose
 * registrant's membership may not have been granted gets it (granting is idempotent: a
 * unique index holds one assignment), then is marked complete. At start-up, before
 * traffic, for all; then every minute for those older than {@link #GRACE}.
 */
@Component
class OrganisationRecovery extends StartupStep {

	static final Duration GRACE = Duration.ofMinutes(2);

	private static final Logger LOG = LoggerFactory.getLogger(OrganisationRecovery.class);

	private final OrganisationStore store;

	private final AccessControl accessControl;

	private final Clock clock;

	OrganisationRecovery(OrganisationStore store, AccessControl accessControl, Clock clock) {
		this.store = store;
		this.accessControl = accessControl;
		this.clock = clock;
	}

	@Override
	protected Mono<?> run() {
		return recover(this.clock.instant());
	}

	@Override
	public int getPhase() {
		// After the indexes (the membership's unique index among them).
		return REFERENCE_DATA;
	}

	@Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.MINUTES)
	void recoverOnSchedule() {
		recover(this.clock.instant().minus(GRACE)).subscribe(null,
				failure -> LOG.warn("Organisation recovery failed; it runs again in a minute", failure));
	}

	Mono<Long> recover(Instant before) {
		return this.store.membershipPending(before)
			.concatMap(organisation -> this.accessControl
				.grantMembership(new Actor(organisation.registeredByIssuer(), organisation.registeredBySubject(), null),
						organisation.id())
				.then(this.store.memberGranted(organisation.id()))
				.thenReturn(organisation))
			.count()
			.doOnNext(count -> {
				if (count > 0) {
					LOG.info("Organisation recovery: {} registrations completed", count);
				}
			});
	}

}
