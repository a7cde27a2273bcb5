package no.hverdag.booking.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import no.hverdag.booking.ExclusiveTime;
import no.hverdag.booking.Period;
import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Quarter-hour claims in {@code time_claims}: {@code _id = resource|yyyy-MM-ddTHH:mm},
 * kept by the shared {@link ClaimLedger}.
 */
@Component
class MongoExclusiveTime implements ExclusiveTime {

	static final String COLLECTION = "time_claims";

	static final ClaimLedger.Layout LAYOUT = new ClaimLedger.Layout() {

		@Override
		public String collection() {
			return COLLECTION;
		}

		@Override
		public String id(String resource, LocalDateTime quarter) {
			return MongoExclusiveTime.id(resource, quarter);
		}

		@Override
		public Document document(String id, String resource, LocalDateTime quarter, String holder, Clock clock) {
			return new Document("_id", id).append("resource", resource)
				.append("quarter", quarter.toString())
				.append("holder", holder)
				.append("claimedAt", java.util.Date.from(clock.instant()));
		}

	};

	private final ReactiveMongoTemplate mongo;

	private final ClaimLedger ledger;

	MongoExclusiveTime(ReactiveMongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.ledger = new ClaimLedger(mongo, LAYOUT, clock);
	}

	@Override
	public Mono<Boolean> claim(String resource, String holderId, List<Period> periods) {
		return this.ledger.claim(resource, holderId, periods);
	}

	@Override
	public Mono<Void> release(String holderId) {
		return this.ledger.release(holderId);
	}

	@Override
	public Mono<List<String>> holdersBetween(String resource, Period window) {
		Query query = Query.query(Criteria.where("resource")
			.is(resource)
			.and("quarter")
			.gte(window.start().toString())
			.lt(window.end().toString()));
		return this.mongo.find(query, Document.class, COLLECTION)
			.map(claim -> claim.getString("holder"))
			.distinct()
			.collectList();
	}

	@Override
	public Mono<Set<String>> takenBetween(Collection<String> resources, Period window) {
		if (resources.isEmpty()) {
			return Mono.just(Set.of());
		}
		Query query = Query.query(Criteria.where("resource")
			.in(resources)
			.and("quarter")
			.gte(window.start().toString())
			.lt(window.end().toString()));
		query.fields().include("resource");
		return this.mongo.find(query, Document.class, COLLECTION)
			.map(claim -> claim.getString("resource"))
			.collect(java.util.stream.Collectors.toUnmodifiableSet());
	}

	static String id(String resource, LocalDateTime quarter) {
		return resource + "|" + quarter;
	}

}
