package no.hverdag.equipment.internal;

import no.hverdag.equipment.LendingRecovery;
import no.hverdag.equipment.LoanReminders;
import no.hverdag.shared.StartupStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Indexes and the recovery step before traffic; recovery every minute, reminders every
 * afternoon (the day before the return day).
 */
@Component
class EquipmentJobs extends StartupStep {

	private static final Logger log = LoggerFactory.getLogger(EquipmentJobs.class);

	private final EquipmentStore store;

	private final LendingRecovery recovery;

	private final LoanReminders reminders;

	EquipmentJobs(EquipmentStore store, LendingRecovery recovery, LoanReminders reminders) {
		this.store = store;
		this.recovery = recovery;
		this.reminders = reminders;
	}

	@Override
	protected Mono<?> run() {
		return this.store.createIndexes().then(this.recovery.recover());
	}

	@Override
	public int getPhase() {
		return SCHEMA;
	}

	@Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
	void recoverHalfDone() {
		this.recovery.recover().onErrorResume(error -> {
			log.error("Loan recovery failed; the next run tries again", error);
			return Mono.empty();
		}).subscribe();
	}

	@Scheduled(cron = "0 0 16 * * *", zone = "Europe/Oslo")
	void remind() {
		this.reminders.remindTomorrow()
			.doOnNext(sent -> log.info("Loan reminders sent: {}", sent))
			.onErrorResume(error -> {
				log.error("Loan reminders failed; the next run tries again", error);
				return Mono.empty();
			})
			.subscribe();
	}

}
