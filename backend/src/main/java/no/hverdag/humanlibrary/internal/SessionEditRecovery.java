package no.hverdag.humanlibrary.internal;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

import no.hverdag.humanlibrary.SessionEdits;
import no.hverdag.shared.StartupStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finishes session edits a crash stopped half-way (issue 12, ADR 0008): at start-up,
 * before traffic and before the slots are planned, every edit with an intent on its
 * session; then every minute those older than {@link SessionEdits#STALE}. An edit runs
 * forwards only: every step of it may be repeated, so a booking is never lost and never
 * left with the claims of both times.
 */
@Component
class SessionEditRecovery extends StartupStep {

	private static final Logger LOG = LoggerFactory.getLogger(SessionEditRecovery.class);

	private final SessionEdits edits;

	private final Clock clock;

	SessionEditRecovery(SessionEdits edits, Clock clock) {
		this.edits = edits;
		this.clock = clock;
	}

	@Override
	protected Mono<?> run() {
		return this.edits.recover(this.clock.instant().plusSeconds(1)).doOnNext(SessionEditRecovery::log);
	}

	@Override
	public int getPhase() {
		return CONTENT + 5;
	}

	@Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.MINUTES)
	void recoverOnSchedule() {
		this.edits.recover(this.clock.instant().minus(SessionEdits.STALE))
			.subscribe(SessionEditRecovery::log,
					failure -> LOG.warn("Session edit recovery failed; it runs again in a minute", failure));
	}

	private static void log(long count) {
		if (count > 0) {
			LOG.info("Session edit recovery: {} edit(s) stopped half-way were finished", count);
		}
	}

}
