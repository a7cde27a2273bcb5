package no.hverdag.notifications.internal;

import java.util.Map;

import no.hverdag.shared.PersonalData;
import no.hverdag.shared.security.Actor;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Messages kept in the outbox for a contact point are that person's data too. */
@Component
class OutboxPersonalData implements PersonalData {

	private final ReactiveMongoTemplate mongo;

	OutboxPersonalData(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public String section() {
		return "messages";
	}

	@Override
	public Mono<Map<String, Object>> export(Actor actor) {
		return this.mongo.find(toRecipient(actor), OutboxMessage.class)
			.map(m -> Map.<String, Object>of("channel", m.channel(), "sentAt", m.sentAt().toString(), "text", m.text()))
			.collectList()
			.map(list -> Map.of("messages", list));
	}

	@Override
	public Mono<Void> erase(Actor actor) {
		return this.mongo.remove(toRecipient(actor), OutboxMessage.class).then();
	}

	private static Query toRecipient(Actor actor) {
		return Query.query(Criteria.where("recipient").is(actor.subject()));
	}

}
