package no.hverdag.humanlibrary.internal;

import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * One document per contact point and quarter hour it has booked: the {@code _id} is
 * {@code contact|day|HH:mm}, so MongoDB's unique {@code _id} index refuses a second claim
 * on the same quarter hour.
 */
@Component
public class ClaimStore {

	private final ReactiveMongoTemplate mongo;

	ClaimStore(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Claims the keys in the order given, stopping at the first one already held; true
	 * when all were claimed. Claims made before the stop stay: the caller releases them.
	 */
	public Mono<Boolean> claimAll(List<String> keys, String contact, String day, String holder) {
		return Flux.fromIterable(keys)
			.concatMap(key -> this.mongo.insert(new ClaimDocument(key, contact, day, holder))
				.thenReturn(true)
				.onErrorResume(DuplicateKeyException.class, e -> Mono.just(false)))
			.takeUntil(claimed -> !claimed)
			.all(Boolean::booleanValue);
	}

	public Mono<Void> release(String holder) {
		return this.mongo.remove(Query.query(Criteria.where("holder").is(holder)), ClaimDocument.class).then();
	}

	public Mono<Void> eraseContact(String contact) {
		return this.mongo.remove(Query.query(Criteria.where("contact").is(contact)), ClaimDocument.class).then();
	}

	public Mono<Long> eraseBefore(String day) {
		return this.mongo.remove(Query.query(Criteria.where("day").lt(day)), ClaimDocument.class)
			.map(result -> result.getDeletedCount());
	}

	@Document("contact_claims")
	record ClaimDocument(@Id String id, String contact, String day, String holder) {
	}

}
