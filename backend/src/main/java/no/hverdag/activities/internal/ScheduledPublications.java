package no.hverdag.activities.internal;

import java.util.concurrent.TimeUnit;

import no.hverdag.activities.ListingLifecycle;
import no.hverdag.shared.StartupStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes scheduled listings whose time has come: once at start, before traffic (so a
 * publication due while the application was down happens at once), then every 30 seconds.
 * The time is stored with the listing, so nothing is lost across a restart; a pass is
 * non-blocking (it subscribes and returns) and publishing is one conditional update per
 * listing, so overlapping passes publish each listing once.
 */
@Component
class ScheduledPublications extends StartupStep {

	private static final Logger LOG = LoggerFactory.getLogger(ScheduledPublications.class);

	private final ListingLifecycle lifecycle;

	ScheduledPublications(ListingLifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	@Override
	protected Mono<?> run() {
		return this.lifecycle.publishDue().doOnNext(count -> {
			if (count > 0) {
				LOG.info("Published {} listings whose scheduled time passed while we were down", count);
			}
		});
	}

	/** After the content, before the search index is built from it. */
	@Override
	public int getPhase() {
		return CONTENT + 20;
	}

	@Scheduled(fixedDelay = 30, initialDelay = 30, timeUnit = TimeUnit.SECONDS)
	void onSchedule() {
		run().subscribe(null, failure -> LOG.warn("Scheduled publications failed; tried again in 30 s", failure));
	}

}
