package no.hverdag.humanlibrary.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
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

	private final Clock clock;

	ClaimStore(ReactiveMongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * Claims the keys in the order given, stopping at the first one already held; true
	 * when all were claimed. Claims made before the stop stay: the caller releases them.
	 */
	public Mono<Boolean> claimAll(List<String> keys, String contact, String day, String holder) {
		return Flux.fromIterable(keys)
			.concatMap(key -> this.mongo.insert(new ClaimDocument(key, contact, day, holder, this.clock.instant()))
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

	/**
	 * Releases claims whose booking does not exist: left by a booking that died between
	 * claiming and taking its place, or a cancel that died between giving the place back
	 * and releasing. Only claims for today on, made before {@code before} (a booking in
	 * flight has claimed but not yet taken its place). A booking's reference is in its
	 * slot's {@code bookings}, so one query over the slots tells which holders are real.
	 * The count of claims released.
	 */
	public Mono<Long> releaseOrphans(String today, Instant before) {
		Query candidates = Query.query(Criteria.where("day")
			.gte(today)
			.orOperator(Criteria.where("claimedAt").lt(before), Criteria.where("claimedAt").exists(false)));
		return this.mongo.find(candidates, ClaimDocument.class)
			.map(ClaimDocument::holder)
			.distinct()
			.collectList()
			.flatMap(holders -> {
				if (holders.isEmpty()) {
					return Mono.just(0L);
				}
				Query booked = Query.query(Criteria.where("bookings.reference").in(holders));
				booked.fields().include("bookings");
				return this.mongo.find(booked, Document.class, this.mongo.getCollectionName(SlotDocument.class))
					.flatMapIterable(slot -> slot.getList("bookings", Document.class, List.of()))
					.map(booking -> booking.getString("reference"))
					.collect(Collectors.toSet())
					.flatMap(real -> {
						List<String> orphans = holders.stream().filter(holder -> !real.contains(holder)).toList();
						if (orphans.isEmpty()) {
							return Mono.just(0L);
						}
						return this.mongo.remove(Query.query(Criteria.where("holder").in(orphans)), ClaimDocument.class)
							.map(result -> result.getDeletedCount());
					});
			});
	}

	@org.springframework.data.mongodb.core.mapping.Document("contact_claims")
	record ClaimDocument(@Id String id, String contact, String day, String holder, Instant claimedAt) {
	}

}
