package no.hverdag.booking.internal;

import java.time.LocalDateTime;
import java.util.List;

import no.hverdag.booking.ExclusiveTime;
import no.hverdag.booking.Period;
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
 * Quarter-hour claims in {@code time_claims}: {@code _id = resource|yyyy-MM-ddTHH:mm}.
 * Inserted one by one in time order; a duplicate key stops the run and the holder's
 * claims are deleted again.
 */
@Component
class MongoExclusiveTime implements ExclusiveTime {

	static final String COLLECTION = "time_claims";

	private final ReactiveMongoTemplate mongo;

	MongoExclusiveTime(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public Mono<Boolean> claim(String resource, String holderId, List<Period> periods) {
		List<LocalDateTime> quarters = periods.stream()
			.sorted()
			.flatMap(period -> period.quarterHours().stream())
			.distinct()
			.sorted()
			.toList();
		return Flux.fromIterable(quarters)
			.concatMap(quarter -> this.mongo
				.insert(new TimeClaimDocument(id(resource, quarter), resource, quarter.toString(), holderId),
						COLLECTION)
				.thenReturn(true)
				.onErrorResume(DuplicateKeyException.class, duplicate -> Mono.just(false)))
			.takeUntil(claimed -> !claimed)
			.all(Boolean::booleanValue)
			.flatMap(all -> all ? Mono.just(true) : release(holderId).thenReturn(false));
	}

	@Override
	public Mono<Void> release(String holderId) {
		return this.mongo
			.remove(Query.query(Criteria.where("holder").is(holderId)), TimeClaimDocument.class, COLLECTION)
			.then();
	}

	@Override
	public Mono<List<String>> holdersBetween(String resource, Period window) {
		Query query = Query.query(Criteria.where("resource")
			.is(resource)
			.and("quarter")
			.gte(window.start().toString())
			.lt(window.end().toString()));
		return this.mongo.find(query, TimeClaimDocument.class, COLLECTION)
			.map(TimeClaimDocument::holder)
			.distinct()
			.collectList();
	}

	static String id(String resource, LocalDateTime quarter) {
		return resource + "|" + quarter;
	}

	@Document(COLLECTION)
	record TimeClaimDocument(@Id String id, String resource, String quarter, String holder) {
	}

}
