package no.hverdag.activities.internal;

import no.hverdag.shared.StartupStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * The search index lives in memory: fill it from MongoDB at start, after any seed has
 * run.
 */
@Component
class ActivitiesStartup extends StartupStep {

	private static final Logger log = LoggerFactory.getLogger(ActivitiesStartup.class);

	private final ActivitySearch search;

	ActivitiesStartup(ActivitySearch search) {
		this.search = search;
	}

	@Override
	protected Mono<?> run() {
		return this.search.rebuild().doOnNext(count -> log.info("Indexed {} activities", count));
	}

	@Override
	public int getPhase() {
		return DERIVED;
	}

}
