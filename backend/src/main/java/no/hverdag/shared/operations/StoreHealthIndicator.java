package no.hverdag.shared.operations;

import java.time.Duration;

import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The store answers. Replaces Boot's MongoDB indicator (same name, so Boot's backs off):
 * that one sends {@code hello}, which the embedded store does not know, so a healthy
 * embedded node would read as down. {@code ping} is understood by MongoDB and the
 * embedded store alike.
 */
@Component("mongoHealthIndicator")
class StoreHealthIndicator implements ReactiveHealthIndicator {

	private static final Duration LIMIT = Duration.ofSeconds(5);

	private final ReactiveMongoTemplate mongo;

	StoreHealthIndicator(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public Mono<Health> health() {
		return this.mongo.executeCommand(new Document("ping", 1))
			.timeout(LIMIT)
			.map(answer -> Health.up().build())
			.onErrorResume(error -> Mono.just(Health.down().withDetail("error", error.getClass().getName()).build()));
	}

}
