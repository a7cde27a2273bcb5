package no.hverdag.activities.internal;

import no.hverdag.shared.StartupStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The search index lives in memory: fill it from MongoDB at start, after any seed has
 * run, and again every night. By default the start-up rebuild runs in the background
 * (issue 18, {@code hverdag.search.build-at-start=background}): the server answers at
 * once, {@code /readyz} says "not ready" until the index is whole, searches wait for it
 * and writes are held back by {@code StartupWriteGate} meanwhile. {@code before-traffic}
 * builds it before the server starts, as before (the tests do, so that no test sees a
 * node that is not ready yet).
 */
@Component
class ActivitiesStartup extends StartupStep {

	private static final Logger log = LoggerFactory.getLogger(ActivitiesStartup.class);

	private final ActivitySearch search;

	ActivitiesStartup(ActivitySearch search,
			@Value("${hverdag.search.build-at-start:background}") AtStart buildAtStart) {
		super(buildAtStart);
		this.search = search;
	}

	@Override
	protected Mono<?> run() {
		return this.search.rebuild().doOnNext(count -> log.info("Indexed {} activities", count));
	}

	/**
	 * Occurrences move on: the dates indexed for date filters and "soonest first" are
	 * recomputed every night, just after midnight in Norway.
	 */
	@Scheduled(cron = "0 5 0 * * *", zone = "Europe/Oslo")
	void nightly() {
		this.search.rebuild()
			.doOnNext(count -> log.info("Re-indexed {} activities for the new day", count))
			.onErrorResume(error -> {
				log.error("Nightly re-indexing failed; date filters keep yesterday's horizon until it works", error);
				return Mono.empty();
			})
			.subscribe();
	}

	@Override
	public int getPhase() {
		return DERIVED;
	}

}
