package no.hverdag.booking.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import no.hverdag.booking.DailyStock;
import no.hverdag.booking.DayRange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * {@code stock_days}: one document per kind and day, {@code _id = kind|yyyy-MM-dd}, with
 * {@code free} and the holders that took from it. It is created on first use with the
 * current stock ({@code $setOnInsert}); taking is {@code updateFirst({_id, free >= n,
 * holders.holder != holder}, $inc free -n, $push holder)}. The holder test makes a
 * repeated take (recovery, retry) a no-op, and a give-back only matches a day the holder
 * is on.
 */
@Component
class MongoDailyStock implements DailyStock {

	static final String COLLECTION = "stock_days";

	private final ReactiveMongoTemplate mongo;

	MongoDailyStock(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public Mono<Boolean> take(String kind, int stock, String holderId, int count, DayRange days) {
		return Flux.fromIterable(days.days())
			.concatMap(day -> ensureDay(kind, day, stock).then(takeDay(kind, day, holderId, count)))
			.takeUntil(taken -> !taken)
			.all(Boolean::booleanValue)
			.flatMap(all -> all ? Mono.just(true) : giveBack(kind, holderId).thenReturn(false));
	}

	private Mono<Void> ensureDay(String kind, LocalDate day, int stock) {
		Query query = Query.query(Criteria.where("_id").is(id(kind, day)));
		Update update = new Update().setOnInsert("kind", kind)
			.setOnInsert("day", day.toString())
			.setOnInsert("free", stock)
			.setOnInsert("holders", List.of())
			.setOnInsert("adjustments", List.of());
		return this.mongo.upsert(query, update, COLLECTION)
			.then()
			// Two first takes of the same day race on the insert: the loser finds it
			// there.
			.onErrorResume(DuplicateKeyException.class, raced -> Mono.empty());
	}

	private Mono<Boolean> takeDay(String kind, LocalDate day, String holderId, int count) {
		Query query = Query
			.query(Criteria.where("_id").is(id(kind, day)).and("free").gte(count).and("holders.holder").ne(holderId));
		Update update = new Update().inc("free", -count).push("holders", new StockHolder(holderId, count));
		return this.mongo.updateFirst(query, update, COLLECTION).map(result -> result.getModifiedCount() == 1);
	}

	@Override
	public Mono<Void> giveBack(String kind, String holderId) {
		return giveBackWhere(kind, holderId, Criteria.where("kind").is(kind).and("holders.holder").is(holderId));
	}

	@Override
	public Mono<Void> giveBackFrom(String kind, String holderId, LocalDate from) {
		return giveBackWhere(kind, holderId,
				Criteria.where("kind").is(kind).and("holders.holder").is(holderId).and("day").gte(from.toString()));
	}

	/** Day by day: each give-back matches only while the holder is still on that day. */
	private Mono<Void> giveBackWhere(String kind, String holderId, Criteria where) {
		return this.mongo.find(Query.query(where), StockDayDocument.class, COLLECTION)
			.concatMap(
					day -> day.holders()
						.stream()
						.filter(h -> h.holder().equals(holderId))
						.findFirst()
						.map(h -> this.mongo.updateFirst(
								Query.query(Criteria.where("_id").is(day.id()).and("holders.holder").is(holderId)),
								new Update().inc("free", h.count())
									.pull("holders", new org.bson.Document("holder", holderId)),
								COLLECTION))
						.orElse(Mono.empty()))
			.then();
	}

	@Override
	public Mono<Void> changeStock(String kind, LocalDate from, int delta, String adjustmentId) {
		return this.mongo.updateMulti(Query
			.query(Criteria.where("kind").is(kind).and("day").gte(from.toString()).and("adjustments").ne(adjustmentId)),
				new Update().inc("free", delta).push("adjustments", adjustmentId), COLLECTION)
			.then();
	}

	@Override
	public Mono<Map<LocalDate, Integer>> freeOn(String kind, DayRange days) {
		Query query = Query
			.query(Criteria.where("kind").is(kind).and("day").gte(days.first().toString()).lte(days.last().toString()));
		return this.mongo.find(query, StockDayDocument.class, COLLECTION)
			.collectMap(day -> LocalDate.parse(day.day()), StockDayDocument::free, TreeMap::new);
	}

	@Override
	public Mono<Map<String, Map<LocalDate, Integer>>> freeOn(Collection<String> kinds, DayRange days) {
		if (kinds.isEmpty()) {
			return Mono.just(Map.of());
		}
		Query query = Query.query(
				Criteria.where("kind").in(kinds).and("day").gte(days.first().toString()).lte(days.last().toString()));
		return this.mongo.find(query, StockDayDocument.class, COLLECTION)
			.collect(() -> new HashMap<String, Map<LocalDate, Integer>>(),
					(byKind, day) -> byKind.computeIfAbsent(day.kind(), k -> new TreeMap<>())
						.put(LocalDate.parse(day.day()), day.free()))
			.map(Map::copyOf);
	}

	static String id(String kind, LocalDate day) {
		return kind + "|" + day;
	}

	record StockHolder(String holder, int count) {
	}

	@Document(COLLECTION)
	record StockDayDocument(@Id String id, String kind, String day, int free, List<StockHolder> holders) {
	}

}
