package no.hverdag.activities.internal;

import java.util.concurrent.TimeUnit;

import no.hverdag.activities.ListingLifecycle;
import no.hverdag.shared.StartupMarks;
import no.hverdag.shared.StartupStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes scheduled listings whose time has come: once at start, in the background by
 * default ({@code hverdag.activities.publish-at-start}), so a publication due while the
 * application was down happens at once, then every 30 seconds. The time is stored with
 * the listing and on the listings' agenda ({@link ListingAgenda}), so nothing is lost
 * across a restart and a pass reads the agenda, not every listing. A pass is non-blocking
 * (it subscribes and returns) and publishing is one conditional update per listing, so
 * overlapping passes publish each listing once. Once per store, the start puts the
 * listings scheduled before there was an agenda on it; that reads every listing (2.8 s at
 * 100,000, docs/performance.md), so the start step runs in the background: writes wait
 * for it, and it is queued before the search index is built.
 */
@Component
class ScheduledPublications extends StartupStep {

	private static final Logger LOG = LoggerFactory.getLogger(ScheduledPublications.class);

	private final ListingLifecycle lifecycle;

	private final ActivityStore store;

	private final StartupMarks marks;

	ScheduledPublications(ListingLifecycle lifecycle, ActivityStore store, StartupMarks marks,
			@Value("${hverdag.activities.publish-at-start:background}") AtStart publishAtStart) {
		super(publishAtStart);
		this.lifecycle = lifecycle;
		this.store = store;
		this.marks = marks;
	}

	@Override
	protected Mono<?> run() {
		return this.marks.unlessDone("listing-agenda-publications", "1", this.store::scheduledOntoAgenda)
			.then(publish());
	}

	private Mono<Long> publish() {
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
		publish().subscribe(null, failure -> LOG.warn("Scheduled publications failed; tried again in 30 s", failure));
	}

}
