package no.hverdag.equipment.internal;

import java.time.Instant;
import java.util.Collection;

import no.hverdag.booking.BookingStatus;
import no.hverdag.booking.Holder;
import no.hverdag.equipment.Item;
import no.hverdag.equipment.LendingPoint;
import no.hverdag.equipment.Loan;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * {@code lending_points}, {@code items} and {@code loans}. A loan changes status only by
 * a conditional update on its current status; an item's stock only by a conditional
 * update that records the loan it is for, so a repeat changes nothing.
 */
@Component
public class EquipmentStore {

	static final String POINTS = "lending_points";

	static final String ITEMS = "items";

	static final String LOANS = "loans";

	private final ReactiveMongoTemplate mongo;

	EquipmentStore(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	public Mono<Void> createIndexes() {
		return this.mongo.indexOps(ITEMS)
			.createIndex(new Index("pointId", Sort.Direction.ASC))
			.then(this.mongo.indexOps(LOANS).createIndex(new Index("pointId", Sort.Direction.ASC)))
			.then(this.mongo.indexOps(LOANS).createIndex(new Index("holdSince", Sort.Direction.ASC).sparse()))
			.then(this.mongo.indexOps(LOANS).createIndex(new Index("holder.subject", Sort.Direction.ASC)))
			.then(this.mongo.indexOps(POINTS).createIndex(new Index("municipality", Sort.Direction.ASC)))
			.then();
	}

	public Mono<Void> importPoint(LendingPoint point) {
		return this.mongo.exists(Query.query(Criteria.where("_id").is(point.id())), POINTS)
			.flatMap(exists -> exists ? Mono.<Void>empty() : this.mongo.insert(point, POINTS).then());
	}

	public Mono<Void> importItem(Item item) {
		return this.mongo.exists(Query.query(Criteria.where("_id").is(item.id())), ITEMS)
			.flatMap(exists -> exists ? Mono.<Void>empty() : this.mongo.insert(item, ITEMS).then());
	}

	public Flux<LendingPoint> points(String municipality) {
		Query query = municipality == null || municipality.isBlank() ? new Query()
				: Query.query(Criteria.where("municipality").is(municipality));
		return this.mongo.find(query.with(Sort.by("name")), LendingPoint.class, POINTS);
	}

	public Mono<LendingPoint> point(String id) {
		return this.mongo.findById(id, LendingPoint.class, POINTS);
	}

	public Flux<Item> items(String pointId) {
		return this.mongo.find(
				Query.query(Criteria.where("pointId").is(pointId)).with(Sort.by("category", "name", "size")),
				Item.class, ITEMS);
	}

	public Flux<Item> allItems() {
		return this.mongo.findAll(Item.class, ITEMS);
	}

	public Mono<Item> item(String id) {
		return this.mongo.findById(id, Item.class, ITEMS);
	}

	/** Takes {@code count} out of the item's stock once for this loss. */
	public Mono<Boolean> reduceStock(String itemId, int count, String lossId) {
		return this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(itemId).and("losses").ne(lossId)),
					new Update().inc("stock", -count).push("losses", lossId), ITEMS)
			.map(result -> result.getModifiedCount() == 1);
	}

	public Mono<Loan> insert(Loan loan) {
		return this.mongo.insert(loan, LOANS);
	}

	public Mono<Loan> loan(String id) {
		return this.mongo.findById(id, Loan.class, LOANS);
	}

	public Mono<Void> delete(String id) {
		return this.mongo.remove(Query.query(Criteria.where("_id").is(id)), LOANS).then();
	}

	public Mono<Boolean> move(String id, BookingStatus from, BookingStatus to, Instant holdSince, String note) {
		Update update = new Update().set("status", to);
		if (holdSince == null) {
			update.unset("holdSince");
		}
		else {
			update.set("holdSince", holdSince);
		}
		if (note != null) {
			update.set("note", note);
		}
		return this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("status").is(from)), update, LOANS)
			.map(result -> result.getModifiedCount() == 1);
	}

	public Mono<Boolean> clearHold(String id) {
		return this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().unset("holdSince"), LOANS)
			.map(result -> result.getModifiedCount() == 1);
	}

	public Flux<Loan> ofPoint(String pointId, Collection<BookingStatus> statuses) {
		return this.mongo.find(Query.query(Criteria.where("pointId").is(pointId).and("status").in(statuses))
			.with(Sort.by("createdAt")), Loan.class, LOANS);
	}

	public Flux<Loan> withStatus(Collection<BookingStatus> statuses) {
		return this.mongo.find(Query.query(Criteria.where("status").in(statuses)), Loan.class, LOANS);
	}

	public Flux<Loan> ofHolder(String issuer, String subject) {
		return this.mongo.find(Query.query(Criteria.where("holder.issuer").is(issuer).and("holder.subject").is(subject))
			.with(Sort.by("createdAt")), Loan.class, LOANS);
	}

	public Flux<Loan> stuckSince(Instant before) {
		return this.mongo.find(Query.query(Criteria.where("holdSince").lt(before)), Loan.class, LOANS);
	}

	/** Marks a loan reminded unless it already was: only the run that marks it sends. */
	public Mono<Boolean> markReminded(String id, Instant at) {
		return this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(id).and("remindedAt").is(null)),
					new Update().set("remindedAt", at), LOANS)
			.map(result -> result.getModifiedCount() == 1);
	}

	public Flux<Loan> withHolders() {
		return this.mongo.find(Query.query(Criteria.where("holder.subject").ne("")), Loan.class, LOANS);
	}

	public Mono<Long> anonymise(Criteria which) {
		return this.mongo.updateMulti(Query.query(which), new Update().set("holder", Holder.anonymous()), LOANS)
			.map(result -> result.getModifiedCount());
	}

}
