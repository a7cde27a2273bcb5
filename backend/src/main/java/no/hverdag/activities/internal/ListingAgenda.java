package no.hverdag.activities.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * What the platform still has to do for a listing: publish a scheduled one at its time,
 * tell the people signed up to a withdrawn one. One small document per listing and kind,
 * so the half-minutely and minutely jobs read this instead of every listing: the embedded
 * store has no index on a listing's state, and a query on it reads the whole collection,
 * about 3 s of CPU at 100,000 listings, every pass (docs/performance.md, ADR 0027).
 * <p>
 * An entry is written before the listing's own change and removed after the work is done,
 * so a crash leaves at most an entry too many, never a listing without one. The jobs drop
 * an entry whose listing does not need it only once it is older than {@link #GRACE}: a
 * request between its two writes is not mistaken for a crash.
 */
@Component
class ListingAgenda {

	static final String COLLECTION = "listing_agenda";

	/** Longer than any request takes between writing the entry and the listing. */
	static final Duration GRACE = Duration.ofMinutes(2);

	enum Kind {

		/** A scheduled listing, published when {@code due} has come. */
		PUBLICATION,

		/**
		 * A withdrawn listing whose people may not all have been told yet: followed up
		 * every minute until {@code due}, two days after the withdrawal
		 * ({@link ActivityStore#FOLLOW_UP_WINDOW}), so a sign-up in flight at that
		 * moment, or one its own recovery settles later, is cancelled too.
		 */
		WITHDRAWAL

	}

	/** One entry: the listing, when it is due, and when the entry was last written. */
	record Entry(Kind kind, String activityId, Instant due, Instant writtenAt) {

		/** Older than the grace period: no request is between its writes any more. */
		boolean settled(Instant now) {
			return this.writtenAt.isBefore(now.minus(GRACE));
		}

	}

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	ListingAgenda(ReactiveMongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * Expects work for the listing at a time, before the listing changes. Written again
	 * it keeps the earlier time ({@code $min}): a crash after it and before the listing's
	 * own change must not make a publication already promised come later; the job puts an
	 * entry that is too early right.
	 */
	Mono<Void> expect(Kind kind, String activityId, Instant due) {
		return this.mongo
			.upsert(byId(kind, activityId),
					new Update().min("due", Date.from(due))
						.set("kind", kind.name())
						.set("activityId", activityId)
						.set("writtenAt", Date.from(this.clock.instant())),
					COLLECTION)
			.then();
	}

	/** Entries of a kind due by an instant (a scan of this small collection). */
	Flux<Entry> dueBy(Kind kind, Instant at) {
		return this.mongo
			.find(Query.query(Criteria.where("kind").is(kind.name()).and("due").lte(Date.from(at))), Document.class,
					COLLECTION)
			.map(ListingAgenda::entry);
	}

	/** Every entry of a kind. */
	Flux<Entry> all(Kind kind) {
		return this.mongo.find(Query.query(Criteria.where("kind").is(kind.name())), Document.class, COLLECTION)
			.map(ListingAgenda::entry);
	}

	/**
	 * Moves a settled entry to its listing's real time (a publication moved later). Left
	 * as it is if written again meanwhile.
	 */
	Mono<Void> postpone(Entry entry, Instant due) {
		return this.mongo.updateFirst(unchangedSince(entry), new Update().set("due", Date.from(due)), COLLECTION)
			.then();
	}

	/**
	 * Removes the entry as it was read: the work is done, or its listing does not need
	 * it. Kept if written again meanwhile (the listing scheduled or withdrawn anew).
	 */
	Mono<Void> drop(Entry entry) {
		return this.mongo.remove(unchangedSince(entry), COLLECTION).then();
	}

	private static Query unchangedSince(Entry entry) {
		return Query.query(Criteria.where("_id")
			.is(id(entry.kind(), entry.activityId()))
			.and("writtenAt")
			.is(Date.from(entry.writtenAt())));
	}

	private static Query byId(Kind kind, String activityId) {
		return Query.query(Criteria.where("_id").is(id(kind, activityId)));
	}

	private static String id(Kind kind, String activityId) {
		return kind.name() + ":" + activityId;
	}

	private static Entry entry(Document document) {
		return new Entry(Kind.valueOf(document.getString("kind")), document.getString("activityId"),
				document.getDate("due").toInstant(), document.getDate("writtenAt").toInstant());
	}

}
