package no.hverdag.venues.internal;

import no.hverdag.shared.StartupStep;
import no.hverdag.venues.RoomBookingRecovery;
import no.hverdag.venues.SeasonPublishing;
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

	private final SeasonStore seasons;

	private final SeasonPublishing publishing;

	VenuesStartup(VenueStore store, RoomBookingRecovery recovery, SeasonStore seasons, SeasonPublishing publishing) {
		this.store = store;
		this.recovery = recovery;
		this.seasons = seasons;
		this.publishing = publishing;
	}

	@Override
	protected Mono<?> run() {
		return this.store.createIndexes()
			.then(this.seasons.createIndexes())
			.then(this.recovery.recover())
			// A season left half-published is completed before traffic (ADR 0008).
			.then(this.publishing.recover());
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
		}).then(this.publishing.recover()).onErrorResume(error -> {
			log.error("Season publication recovery failed; the next run tries again", error);
			return Mono.empty();
		}).subscribe();
	}

}
