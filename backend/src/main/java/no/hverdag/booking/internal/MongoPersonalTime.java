package no.hverdag.booking.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import no.hverdag.booking.Period;
import no.hverdag.booking.PersonalTime;
import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * People's claims in {@code contact_claims}, in the shape the human library has stored
 * since issue 6 ({@code _id = contact|yyyy-MM-dd|HH:mm}, {@code contact}, {@code day},
 * {@code holder}, {@code claimedAt}), so a store written before the human library moved
 * onto the booking core is read and enforced as it is: no migration.
 */
@Component
class MongoPersonalTime implements PersonalTime {

	static final String COLLECTION = "contact_claims";

	static final ClaimLedger.Layout LAYOUT = new ClaimLedger.Layout() {

		@Override
		public String collection() {
			return COLLECTION;
		}

		@Override
		public String id(String person, LocalDateTime quarter) {
			return person + "|" + quarter.toLocalDate() + "|" + quarter.toLocalTime();
		}

		@Override
		public Document document(String id, String person, LocalDateTime quarter, String holder, Clock clock) {
			return new Document("_id", id).append("contact", person)
				.append("day", quarter.toLocalDate().toString())
				.append("holder", holder)
				.append("claimedAt", Date.from(clock.instant()));
		}

	};

	private final ReactiveMongoTemplate mongo;

	private final ClaimLedger ledger;

	MongoPersonalTime(ReactiveMongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.ledger = new ClaimLedger(mongo, LAYOUT, clock);
	}

	@Override
	public Mono<Boolean> claim(String person, String holderId, List<Period> periods) {
		return this.ledger.claim(person, holderId, periods);
	}

	@Override
	public Mono<Void> release(String holderId) {
		return this.ledger.release(holderId);
	}

	@Override
	public Mono<Void> releaseMoved(String person, String holderId, List<Period> from, List<Period> to) {
		Set<LocalDateTime> gone = new HashSet<>(ClaimLedger.quarters(from));
		ClaimLedger.quarters(to).forEach(gone::remove);
		return this.ledger.release(holderId, person, gone);
	}

	@Override
	public Mono<Void> forget(String person) {
		return this.mongo.remove(Query.query(Criteria.where("contact").is(person)), COLLECTION).then();
	}

	@Override
	public Mono<Long> forgetBefore(LocalDate day) {
		return this.mongo.remove(Query.query(Criteria.where("day").lt(day.toString())), COLLECTION)
			.map(result -> result.getDeletedCount());
	}

	@Override
	public Mono<Long> releaseUnheld(LocalDate from, Instant claimedBefore,
			Function<Set<String>, Mono<Set<String>>> stillHolding) {
		Query candidates = Query.query(Criteria.where("day")
			.gte(from.toString())
			.orOperator(Criteria.where("claimedAt").lt(Date.from(claimedBefore)),
					Criteria.where("claimedAt").exists(false)));
		candidates.fields().include("holder");
		return this.mongo.find(candidates, Document.class, COLLECTION)
			.map(claim -> claim.getString("holder"))
			.collect(HashSet<String>::new, Set::add)
			.flatMap(holders -> holders.isEmpty() ? Mono.just(0L) : stillHolding.apply(holders).flatMap(real -> {
				List<String> orphans = holders.stream().filter(holder -> !real.contains(holder)).toList();
				if (orphans.isEmpty()) {
					return Mono.just(0L);
				}
				return this.mongo.remove(Query.query(Criteria.where("holder").in(orphans)), COLLECTION)
					.map(result -> result.getDeletedCount());
			}));
	}

}
