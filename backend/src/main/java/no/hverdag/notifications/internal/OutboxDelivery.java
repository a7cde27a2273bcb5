package no.hverdag.notifications.internal;

import java.time.Clock;

import no.hverdag.notifications.Notification;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Keeps every message in the {@code outbox} collection instead of sending it: local runs
 * and tests.
 */
class OutboxDelivery implements Delivery {

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	OutboxDelivery(ReactiveMongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	@Override
	public Mono<Void> email(Notification notification) {
		return keep("EMAIL", notification);
	}

	@Override
	public Mono<Void> sms(Notification notification) {
		return keep("SMS", notification);
	}

	/** An SMS kept instead of sent: live delivery without a gateway. */
	Mono<Void> keepSms(String phoneNumber, String text) {
		return this.mongo.insert(new OutboxMessage(null, "SMS", phoneNumber, null, text, this.clock.instant())).then();
	}

	Flux<OutboxMessage> latest(int limit) {
		// Messages sent in the same instant (a fixed clock in tests, a burst in real
		// life)
		// keep their order by the ObjectId MongoDB gives them on insert.
		return this.mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "sentAt", "_id")).limit(limit),
				OutboxMessage.class);
	}

	private Mono<Void> keep(String channel, Notification notification) {
		return this.mongo
			.insert(new OutboxMessage(null, channel, notification.to().value(), notification.subject(),
					notification.text(), this.clock.instant()))
			.then();
	}

}
