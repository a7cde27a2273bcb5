package no.hverdag.signups.internal;

import no.hverdag.shared.StartupMarks;
import no.hverdag.shared.StartupStep;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At start, the withdrawals whose people were not all told (ADR 0007): every withdrawn
 * listing's coming dates are cancelled for whoever is still signed up, and they are told
 * once. They are found on the listings' agenda (ADR 0027), which the minutely run of
 * {@link OccurrenceCancellationRecovery} reads too. Once per store, every withdrawn
 * listing is followed up, for withdrawals made before there was an agenda: that reads
 * every listing on the embedded store (2.9 s at 100,000, docs/performance.md), so the
 * step runs in the background by default ({@code hverdag.signups.withdrawals-at-start});
 * until it is done writes wait and {@code /readyz} says not ready.
 */
@Component
class WithdrawalRecovery extends StartupStep {

	private final OccurrenceCancellationRecovery recovery;

	private final StartupMarks marks;

	WithdrawalRecovery(OccurrenceCancellationRecovery recovery, StartupMarks marks,
			@Value("${hverdag.signups.withdrawals-at-start:background}") AtStart withdrawalsAtStart) {
		super(withdrawalsAtStart);
		this.recovery = recovery;
		this.marks = marks;
	}

	@Override
	protected Mono<?> run() {
		return this.marks.unlessDone("listing-agenda-withdrawals", "1", this.recovery::recoverEveryWithdrawal)
			.then(this.recovery.recoverWithdrawals(false));
	}

	@Override
	public int getPhase() {
		// Right after the cancellations, before anything derived.
		return CONTENT + 16;
	}

}
