package no.hverdag.media.internal;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The recovery of pictures (ADR 0015): a crash between writing a picture's versions and
 * its attachment, or between replacing an attachment and deleting the old picture, leaves
 * versions no page shows and no erasure finds (a volunteer's face among them). They are
 * deleted a while after start-up and every hour after, once they are older than
 * {@link #GRACE}. Not on the start path: nothing anyone sees depends on it.
 */
@Component
class UnshownPictures {

	private static final Logger log = LoggerFactory.getLogger(UnshownPictures.class);

	/** Far longer than any upload takes from its versions to its attachment. */
	static final Duration GRACE = Duration.ofHours(1);

	private final MediaStore store;

	private final Clock clock;

	UnshownPictures(MediaStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	/**
	 * @return how many versions were deleted
	 */
	Mono<Long> delete() {
		return Mono.defer(() -> this.store.deleteUnshownVersions(this.clock.instant().minus(GRACE)));
	}

	@Scheduled(initialDelay = 120_000, fixedDelay = 3_600_000)
	void sweep() {
		delete().subscribe(count -> {
			if (count > 0) {
				log.info("Deleted {} picture version(s) that no page showed (left by an interrupted upload)", count);
			}
		}, error -> log.error("Sweeping unshown pictures failed; the next run tries again", error));
	}

}
