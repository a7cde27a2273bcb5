package no.hverdag.activities.internal;

import java.io.IOException;
import java.time.Clock;

/** A search index as the application builds it, for tests without Spring. */
final class SearchIndexes {

	private SearchIndexes() {
	}

	static ActivitySearchIndex forTests(Clock clock) throws IOException {
		return new ActivitySearchIndex(clock);
	}

}
