package no.hverdag.activities.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The search index lives in memory: fill it from MongoDB at start (after any seed has run). */
@Component
@Order(100)
class ActivitiesStartup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ActivitiesStartup.class);

	private final ActivitySearch search;

	ActivitiesStartup(ActivitySearch search) {
		this.search = search;
	}

	@Override
	public void run(ApplicationArguments args) {
		// Start-up, on the main thread: searching an empty index would hide every activity.
		log.info("Indexed {} activities", this.search.rebuild().block());
	}

}
