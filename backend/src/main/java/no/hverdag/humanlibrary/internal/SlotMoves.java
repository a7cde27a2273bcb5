package no.hverdag.humanlibrary.internal;

import java.util.List;

import no.hverdag.humanlibrary.Session;
import no.hverdag.humanlibrary.Slot;
import no.hverdag.humanlibrary.internal.SlotDocument.BookingEntry;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The single-document writes a session edit is made of (issue 12). Each is conditional
 * and may be repeated, so the edit's recovery can run the whole edit again after a crash:
 * a slot that moves is first frozen (cancelled, with {@code movedTo} naming its new
 * slot), each booking is pushed into the new slot unless already there, then pulled from
 * the old one. A booking is therefore always in at least one slot, and in two only until
 * the edit is run to its end.
 */
@Component
public class SlotMoves {

	private final ReactiveMongoTemplate mongo;

	private final HumanLibraryMapper mapper;

	SlotMoves(ReactiveMongoTemplate mongo, HumanLibraryMapper mapper) {
		this.mongo = mongo;
		this.mapper = mapper;
	}

	/**
	 * A session's slots from {@code day} on that are open, or frozen by a move (so a
	 * repeated edit finds them again).
	 */
	public Flux<SlotDocument> ofSession(String sessionId, String day) {
		return this.mongo.find(
				Query.query(Criteria.where("sessionId")
					.is(sessionId)
					.and("day")
					.gte(day)
					.orOperator(Criteria.where("cancelled").ne(true), Criteria.where("movedTo").exists(true))),
				SlotDocument.class);
	}

	/**
	 * Cancels the slot as moved to {@code newSlotId}: no booking can take or give back a
	 * place in it any more. Empty if staff cancelled it, or it moved elsewhere.
	 */
	public Mono<SlotDocument> freeze(String slotId, String newSlotId) {
		return this.mongo.findAndModify(
				Query.query(Criteria.where("_id")
					.is(slotId)
					.orOperator(Criteria.where("cancelled").ne(true), Criteria.where("movedTo").is(newSlotId))),
				new Update().set("cancelled", true).set("movedTo", newSlotId),
				FindAndModifyOptions.options().returnNew(true), SlotDocument.class);
	}

	/** Stores the new slot unless it is there already. */
	public Mono<Void> ensure(SlotDocument slot) {
		return this.mongo.insert(slot).then().onErrorResume(DuplicateKeyException.class, there -> Mono.empty());
	}

	/** Puts a moved booking in its new slot; true if it is there (now or already). */
	public Mono<Boolean> push(String slotId, BookingEntry booking) {
		return this.mongo
			.updateFirst(
					Query.query(Criteria.where("_id")
						.is(slotId)
						.and("cancelled")
						.ne(true)
						.and("remaining")
						.gt(0)
						.and("bookings.reference")
						.ne(booking.reference())),
					new Update().inc("remaining", -1).push("bookings", booking), SlotDocument.class)
			.flatMap(
					result -> result.getModifiedCount() == 1 ? Mono.just(true)
							: this.mongo.exists(Query.query(
									Criteria.where("_id").is(slotId).and("bookings.reference").is(booking.reference())),
									SlotDocument.class));
	}

	/** Takes a booking out of the slot it moved from; idempotent. */
	public Mono<Void> pull(String slotId, String reference) {
		return this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(slotId).and("bookings.reference").is(reference)),
					new Update().inc("remaining", 1).pull("bookings", new org.bson.Document("reference", reference)),
					SlotDocument.class)
			.then();
	}

	/**
	 * The session's room, places and topics on a slot that keeps its time. The places
	 * change only while no more are booked than the new number (the edit checked; this
	 * makes it hold under a racing booking too). False if that was no longer so.
	 */
	public Mono<Boolean> update(SlotDocument slot, Session after) {
		int delta = after.capacity() - slot.capacity();
		Update update = new Update().set("room", after.room())
			.set("capacity", after.capacity())
			.inc("remaining", delta);
		if (!after.topics().isEmpty()) {
			update.set("topics", after.topics());
		}
		if (!after.languages().isEmpty()) {
			update.set("languages", after.languages());
		}
		return this.mongo.updateFirst(Query.query(
				Criteria.where("_id").is(slot.id()).and("capacity").is(slot.capacity()).and("remaining").gte(-delta)),
				update, SlotDocument.class)
			.map(result -> result.getModifiedCount() == 1);
	}

	public Slot toDomain(SlotDocument slot) {
		return this.mapper.toDomain(slot);
	}

	public List<BookingEntry> bookings(SlotDocument slot) {
		return slot.bookings();
	}

}
