package no.hverdag.humanlibrary.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import no.hverdag.booking.PersonalTime;
import no.hverdag.shared.StartupStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Releases quarter-hour claims that have no booking (ADR 0006, 0007, 0008: the claims are
 * the booking core's {@link PersonalTime}): a booking claims first and takes its place
 * second, a cancel gives the place back first and releases second, so a crash in between
 * leaves claims that would refuse that person's next booking as an overlap. At start-up,
 * before traffic, all of them; then every minute those older than {@link #GRACE}, so a
 * booking in flight keeps its claims.
 */
@Component
class ClaimRecovery extends StartupStep {

	static final Duration GRACE = Duration.ofMinutes(2);

	private static final Logger LOG = LoggerFactory.getLogger(ClaimRecovery.class);

	private final PersonalTime claims;

	private final HumanLibraryStore store;

	private final Clock clock;

	ClaimRecovery(PersonalTime claims, HumanLibraryStore store, Clock clock) {
		this.claims = claims;
		this.store = store;
		this.clock = clock;
	}

	@Override
	protected Mono<?> run() {
		return recover(this.clock.instant());
	}

	@Override
	public int getPhase() {
		return CONTENT + 10;
	}

	@Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.MINUTES)
	void recoverOnSchedule() {
		recover(this.clock.instant().minus(GRACE)).subscribe(null,
				failure -> LOG.warn("Claim recovery failed; it runs again in a minute", failure));
	}

	Mono<Long> recover(Instant before) {
		return this.claims.releaseUnheld(LocalDate.now(this.clock), before, this.store::heldReferences)
			.doOnNext(count -> {
				if (count > 0) {
					LOG.info("Claim recovery: {} claims without a booking released", count);
				}
			});
	}

}
