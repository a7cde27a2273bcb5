package no.hverdag.humanlibrary.internal;

import java.time.Instant;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * What happened to bookings after they were made, one mark per booking and kind
 * ({@code booking_marks}, {@code _id} = {@code kind:reference}, so each happens at most
 * once), and per contact point how many sessions they missed ({@code contact_standing}).
 */
@Component
public class StandingStore {

	private final ReactiveMongoTemplate mongo;

	StandingStore(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Marks a booking once; true only for the call that made the mark. */
	public Mono<Boolean> mark(String kind, String reference, String slotId, Instant at) {
		return this.mongo.insert(new MarkDocument(kind + ":" + reference, kind, reference, slotId, at))
			.thenReturn(true)
			.onErrorResume(DuplicateKeyException.class, e -> Mono.just(false));
	}

	public Mono<Boolean> marked(String kind, String reference) {
		return this.mongo.exists(Query.query(Criteria.where("_id").is(kind + ":" + reference)), MarkDocument.class);
	}

	public Mono<Void> unmark(String kind, String reference) {
		return this.mongo.remove(Query.query(Criteria.where("_id").is(kind + ":" + reference)), MarkDocument.class)
			.then();
	}

	/** Adds one missed session to a contact point's count (creating it). */
	public Mono<Standing> noShow(String contact, String libraryId, Instant at) {
		return this.mongo.findAndModify(Query.query(Criteria.where("_id").is(contact)),
				new Update().inc("noShows", 1).set("libraryId", libraryId).set("lastNoShowAt", at),
				FindAndModifyOptions.options().upsert(true).returnNew(true), Standing.class);
	}

	public Mono<Standing> of(String contact) {
		return this.mongo.findById(contact, Standing.class);
	}

	public Flux<Standing> atLeast(int noShows, String libraryId) {
		return this.mongo.find(Query.query(Criteria.where("noShows").gte(noShows).and("libraryId").is(libraryId))
			.with(Sort.by("lastNoShowAt")), Standing.class);
	}

	/** Staff confirmed the person: the count starts again. */
	public Mono<Boolean> clear(String contact, String libraryId) {
		return this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(contact).and("libraryId").is(libraryId)),
					new Update().set("noShows", 0), Standing.class)
			.map(result -> result.getMatchedCount() > 0);
	}

	public Mono<Void> erase(String contact) {
		return this.mongo.remove(Query.query(Criteria.where("_id").is(contact)), Standing.class).then();
	}

	@Document("booking_marks")
	record MarkDocument(@Id String id, String kind, String reference, String slotId, Instant at) {
	}

	/** Missed sessions of one contact point, and the library of the last one. */
	@Document("contact_standing")
	public record Standing(@Id String contact, int noShows, String libraryId, Instant lastNoShowAt) {
	}

}
