package no.hverdag.notifications.internal;

import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * How many messages the outbox holds ({@code hverdag.outbox.messages}): with outbox
 * delivery everything waits there, with live delivery only SMS without a gateway do.
 * Counted once a minute off the request path, so a scrape never waits for the store.
 */
@Component
class OutboxBacklog {

	private final ReactiveMongoTemplate mongo;

	private final AtomicLong messages = new AtomicLong();

	OutboxBacklog(ReactiveMongoTemplate mongo, MeterRegistry registry) {
		this.mongo = mongo;
		Gauge.builder("hverdag.outbox.messages", this.messages, AtomicLong::get)
			.description("Messages held in the outbox collection")
			.register(registry);
	}

	@Scheduled(initialDelay = 5_000, fixedDelay = 60_000)
	void count() {
		// A failed count keeps the last value; the store's own health check reports the
		// failure.
		this.mongo.count(new Query(), OutboxMessage.class).subscribe(this.messages::set, error -> {
		});
	}

}
