package no.hverdag.activities;

import java.time.Clock;

import no.hverdag.activities.internal.ActivitySearch;
import no.hverdag.shared.StartupGate;
import no.hverdag.shared.StartupStep;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * The real catalogue over a given search, for tests without Spring: nothing runs at
 * start-up, so searches never wait; listings are only found through the search.
 */
public final class Catalogues {

	private Catalogues() {
	}

	public static ActivityCatalogue over(ActivitySearch search, Clock clock) {
		return new ActivityCatalogue(search, null, clock,
				new StartupGate(new StaticListableBeanFactory().getBeanProvider(StartupStep.class)));
	}

}
