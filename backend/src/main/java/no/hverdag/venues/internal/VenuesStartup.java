package no.hverdag.venues.internal;

import no.hverdag.shared.StartupStep;
import no.hverdag.venues.RoomBookingRecovery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Indexes before traffic, then the recovery step of ADR 0008 at start-up and every minute
 * (it only touches bookings left half-way for more than a minute).
 */
@Component
class VenuesStartup extends StartupStep {

	private static final Logger log = LoggerFactory.getLogger(VenuesStartup.class);

	private final VenueStore store;

	private final RoomBookingRecovery recovery;

	VenuesStartup(VenueStore store, RoomBookingRecovery recovery) {
		this.store = store;
		this.recovery = recovery;
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
			log.error("Room booking recovery failed; the next run tries again", error);
			return Mono.empty();
		}).subscribe();
	}

}
