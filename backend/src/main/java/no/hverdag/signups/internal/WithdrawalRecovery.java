package no.hverdag.signups.internal;

import no.hverdag.shared.StartupStep;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At start, the withdrawals whose people were not all told (ADR 0007): every withdrawn
 * listing's coming dates are cancelled for whoever is still signed up, and they are told
 * once. In the background by default ({@code hverdag.signups.withdrawals-at-start}):
 * finding the withdrawn listings reads every listing on the embedded store (2.9 s at
 * 100,000, docs/performance.md), and until it is done writes wait and {@code /readyz}
 * says not ready; a reader meanwhile sees the state the crash left, a withdrawn listing
 * whose dates still have people signed up. The minutely run of
 * {@link OccurrenceCancellationRecovery} looks at the last two days.
 */
@Component
class WithdrawalRecovery extends StartupStep {

	private final OccurrenceCancellationRecovery recovery;

	WithdrawalRecovery(OccurrenceCancellationRecovery recovery,
			@Value("${hverdag.signups.withdrawals-at-start:background}") AtStart withdrawalsAtStart) {
		super(withdrawalsAtStart);
		this.recovery = recovery;
	}

	@Override
	protected Mono<?> run() {
		return this.recovery.recoverWithdrawals(null);
	}

	@Override
	public int getPhase() {
		// Right after the cancellations, before anything derived.
		return CONTENT + 16;
	}

}
