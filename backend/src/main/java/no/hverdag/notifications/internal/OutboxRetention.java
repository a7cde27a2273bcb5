package no.hverdag.notifications.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes outbox messages once they are delivered (kept in the outbox is their delivery)
 * and a short window has passed ({@code hverdag.notifications.outbox-keep}, default two
 * days): they hold names, contact points and sign-in links, and nothing needs them
 * afterwards (issue 10). Hourly, and a minute after start.
 */
@Component
class OutboxRetention {

	private static final Logger log = LoggerFactory.getLogger(OutboxRetention.class);

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	private final Duration keep;

	OutboxRetention(ReactiveMongoTemplate mongo, Clock clock,
			@Value("${hverdag.notifications.outbox-keep:P2D}") Duration keep) {
		this.mongo = mongo;
		this.clock = clock;
		this.keep = keep;
	}

	@Scheduled(fixedDelay = 60, initialDelay = 1, timeUnit = TimeUnit.MINUTES)
	void deleteDelivered() {
		deleteDeliveredBefore(this.clock.instant()).subscribe(
				deleted -> log.debug("Deleted {} delivered outbox messages", deleted),
				error -> log.warn("Outbox retention failed; the next run tries again", error));
	}

	Mono<Long> deleteDeliveredBefore(Instant now) {
		return this.mongo.remove(Query.query(Criteria.where("sentAt").lt(now.minus(this.keep))), OutboxMessage.class)
			.map(result -> result.getDeletedCount());
	}

}
