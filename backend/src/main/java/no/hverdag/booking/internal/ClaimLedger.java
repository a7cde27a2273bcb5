package no.hverdag.booking.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import no.hverdag.booking.Period;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The one implementation of quarter-hour claims (ADR 0006, 0008): one document per
 * resource and quarter hour, its {@code _id} derived from both, inserted in time order so
 * that the unique {@code _id} index refuses a second holder and two racing holders never
 * both win. A {@link Layout} says in which collection and in which stored shape: rooms
 * keep theirs in {@code time_claims}, people in {@code contact_claims} (the human
 * library's shape since issue 6, kept so stores written before the move still work).
 * <p>
 * A claim on a quarter hour this holder already has counts as claimed, so a claim may be
 * repeated by recovery or a retried move without losing what it holds.
 */
final class ClaimLedger {

	/** Where and in which shape claims are stored. */
	interface Layout {

		String collection();

		String id(String resource, LocalDateTime quarter);

		Document document(String id, String resource, LocalDateTime quarter, String holder, Clock clock);

	}

	private final ReactiveMongoTemplate mongo;

	private final Layout layout;

	private final Clock clock;

	ClaimLedger(ReactiveMongoTemplate mongo, Layout layout, Clock clock) {
		this.mongo = mongo;
		this.layout = layout;
		this.clock = clock;
	}

	Mono<Boolean> claim(String resource, String holder, List<Period> periods) {
		return Flux.fromIterable(quarters(periods))
			.concatMap(quarter -> claimOne(resource, holder, quarter))
			.takeUntil(claimed -> !claimed)
			.all(Boolean::booleanValue)
			.flatMap(all -> all ? Mono.just(true) : release(holder).thenReturn(false));
	}

	private Mono<Boolean> claimOne(String resource, String holder, LocalDateTime quarter) {
		String id = this.layout.id(resource, quarter);
		return this.mongo
			.insert(this.layout.document(id, resource, quarter, holder, this.clock), this.layout.collection())
			.thenReturn(true)
			.onErrorResume(DuplicateKeyException.class,
					taken -> this.mongo
						.findOne(Query.query(Criteria.where("_id").is(id)), Document.class, this.layout.collection())
						.map(existing -> holder.equals(existing.getString("holder")))
						// Released between the insert and the look: someone else's turn.
						.defaultIfEmpty(false));
	}

	Mono<Void> release(String holder) {
		return this.mongo.remove(Query.query(Criteria.where("holder").is(holder)), this.layout.collection()).then();
	}

	/** Releases only these quarter hours of this holder (a booking that moved). */
	Mono<Void> release(String holder, String resource, Collection<LocalDateTime> quarters) {
		if (quarters.isEmpty()) {
			return Mono.empty();
		}
		List<String> ids = quarters.stream().map(quarter -> this.layout.id(resource, quarter)).toList();
		return this.mongo
			.remove(Query.query(Criteria.where("_id").in(ids).and("holder").is(holder)), this.layout.collection())
			.then();
	}

	/** Every quarter hour the periods cover, once each, in time order. */
	static List<LocalDateTime> quarters(List<Period> periods) {
		return periods.stream().flatMap(period -> period.quarterHours().stream()).distinct().sorted().toList();
	}

}
