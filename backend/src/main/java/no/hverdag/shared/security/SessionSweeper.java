package no.hverdag.shared.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes web sessions that are over, on every store: MongoDB's TTL index does it too,
 * but the embedded store ignores TTL indexes, and there 1,480 anonymous sign-in starts
 * left 1,480 sessions forever (issue 10). Two kinds go:
 * <ul>
 * <li>expired sessions ({@code expireAt} passed);</li>
 * <li>sessions nobody signed in with, idle for {@link #ANONYMOUS_IDLE}: the only ones
 * left are sign-ins started at the identity provider and never finished (everything else
 * anonymous keeps its state in cookies).</li>
 * </ul>
 * Spring Session stamps sessions with the system clock, so this compares with it too.
 */
@Component
public class SessionSweeper {

	static final Duration ANONYMOUS_IDLE = Duration.ofMinutes(10);

	private static final Logger log = LoggerFactory.getLogger(SessionSweeper.class);

	private final ReactiveMongoTemplate mongo;

	SessionSweeper(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Scheduled(fixedDelay = 5, initialDelay = 1, timeUnit = TimeUnit.MINUTES)
	void sweepNow() {
		sweep(Instant.now()).subscribe(deleted -> {
			if (deleted > 0) {
				log.info("Deleted {} ended web sessions", deleted);
			}
		}, error -> log.warn("Sweeping web sessions failed; the next run tries again", error));
	}

	/** Deletes the sessions over at {@code now}; answers how many went. */
	public Mono<Long> sweep(Instant now) {
		Instant anonymousIdleSince = now.plusSeconds(SessionConfig.IDLE_SECONDS).minus(ANONYMOUS_IDLE);
		Query over = Query.query(new Criteria().orOperator(Criteria.where("expireAt").lt(Date.from(now)),
				new Criteria().andOperator(Criteria.where("principal").is(null),
						Criteria.where("expireAt").lt(Date.from(anonymousIdleSince)))));
		return this.mongo.remove(over, SessionConfig.COLLECTION).map(result -> result.getDeletedCount());
	}

	/** Deletes every session of one person (on erasure): principal is the subject. */
	public Mono<Long> endAllOf(String principal) {
		return this.mongo.remove(Query.query(Criteria.where("principal").is(principal)), SessionConfig.COLLECTION)
			.map(result -> result.getDeletedCount());
	}

}
