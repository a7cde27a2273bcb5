package no.hverdag.activities.internal;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The change feed is a bean in every start (decided at start, not by a bean condition
 * that Spring AOT would fix at build time); off, as by default, it is not started and
 * opens nothing. On, {@code ChangeStreamIndexingTest} (Docker) follows a real replica
 * set.
 */
class ActivityChangeFeedSwitchTest {

	@Test
	@DisplayName("off, the feed does not start with the context and starting it opens no stream")
	void offOpensNothing() {
		// Without a store: a feed that reached for one would fail.
		ActivityChangeFeed feed = new ActivityChangeFeed(null, null, null, false);
		assertThat(feed.isAutoStartup()).isFalse();
		feed.start();
		assertThat(feed.isRunning()).isFalse();
		feed.stop();
	}

	@Test
	@DisplayName("on, it starts with the context")
	void onStarts() {
		assertThat(new ActivityChangeFeed(null, null, null, true).isAutoStartup()).isTrue();
	}

}
