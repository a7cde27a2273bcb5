package no.hverdag.signups.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Sign-ups and the places of occurrences in MongoDB. Every change that an invariant rests
 * on is one conditional single-document update: a place is taken only while one remains,
 * a waiting sign-up is promoted only while it still waits, a sign-up is cancelled once.
 */
@Component
public class SignUpStore {

	static final String CONFIRMED = "CONFIRMED";

	static final String WAITING = "WAITING";

	static final String CANCELLED = "CANCELLED";

	static final String PENDING = "PENDING";

	private static final Sort QUEUE = Sort.by("waitingNumber");

	private final ReactiveMongoTemplate mongo;

	SignUpStore(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	Mono<Void> createIndexes() {
		var signUps = this.mongo.indexOps(SignUpDocument.class);
		return signUps.createIndex(new Index().on("activeKey", Sort.Direction.ASC).unique().sparse())
			.then(signUps.createIndex(new Index().on("tokenHash", Sort.Direction.ASC).unique()))
			.then(signUps.createIndex(new Index().on("occurrenceId", Sort.Direction.ASC)
				.on("status", Sort.Direction.ASC)
				.on("waitingNumber", Sort.Direction.ASC)))
			.then(signUps.createIndex(new Index().on("date", Sort.Direction.ASC).on("status", Sort.Direction.ASC)))
			// Subject first: nearly every sign-up shares its identity provider, and the
			// embedded store narrows by an index's first field (ADR 0028). The index that
			// led with the provider goes.
			.then(signUps.dropIndex("ownerIssuer_1_ownerSubject_1").onErrorResume(absent -> Mono.empty()))
			.then(signUps
				.createIndex(new Index().on("ownerSubject", Sort.Direction.ASC).on("ownerIssuer", Sort.Direction.ASC)))
			.then(signUps.createIndex(new Index().on("activityId", Sort.Direction.ASC)))
			.then(signUps.createIndex(new Index().on("unsettled", Sort.Direction.ASC).sparse()))
			// The minutely recovery asks for the PENDING ones, which are few; on the
			// embedded store an index answers that without reading every sign-up (ADR
			// 0028).
			.then(signUps.createIndex(new Index().on("status", Sort.Direction.ASC)))
			// "My sign-ups" of someone signed in with a one-time code: theirs, or made
			// with their contact point (an $or the embedded store answers from both).
			.then(signUps.createIndex(new Index().on("contact", Sort.Direction.ASC)))
			// Only cancelled occurrences hold it: the cancellation recovery reads those.
			.then(this.mongo.indexOps(OccurrenceDocument.class)
				.createIndex(new Index().on("cancelledAt", Sort.Direction.ASC).sparse()))
			.then(this.mongo.indexOps(FeedDocument.class)
				.createIndex(new Index().on("tokenHash", Sort.Direction.ASC).unique()))
			.then();
	}

	/**
	 * Creates the occurrence's place count once, with the activity's capacity at that
	 * moment; a second call (even a concurrent one) changes nothing.
	 */
	public Mono<Void> ensureOccurrence(String occurrenceId, String activityId, String date, Integer capacity) {
		Update once = new Update().setOnInsert("activityId", activityId)
			.setOnInsert("date", date)
			.setOnInsert("capacity", capacity)
			.setOnInsert("taken", 0)
			.setOnInsert("waitingSeq", 0L)
			.setOnInsert("holders", List.of())
			.setOnInsert("version", 0L);
		if (capacity != null) {
			once.setOnInsert("remaining", capacity);
		}
		return this.mongo.upsert(Query.query(Criteria.where("_id").is(occurrenceId)), once, OccurrenceDocument.class)
			.onErrorResume(DuplicateKeyException.class, e -> Mono.empty())
			.then();
	}

	public Mono<OccurrenceDocument> occurrence(String occurrenceId) {
		return this.mongo.findById(occurrenceId, OccurrenceDocument.class);
	}

	public Flux<OccurrenceDocument> occurrences(List<String> occurrenceIds) {
		return this.mongo.find(Query.query(Criteria.where("_id").in(occurrenceIds)), OccurrenceDocument.class);
	}

	/**
	 * Gives this sign-up a place if one is left (always, without a limit); false when
	 * full or when it already holds one. The count and the holder change in one update.
	 */
	public Mono<Boolean> claimPlace(String occurrenceId, String signUpId, boolean limited) {
		Criteria where = Criteria.where("_id").is(occurrenceId).and("holders").ne(signUpId);
		Update update = new Update().inc("taken", 1).push("holders", signUpId).inc("version", 1L);
		if (limited) {
			where = where.and("remaining").gt(0);
			update.inc("remaining", -1);
		}
		return this.mongo.updateFirst(Query.query(where), update, OccurrenceDocument.class)
			.map(result -> result.getModifiedCount() == 1);
	}

	/**
	 * Gives this sign-up's place back; false (and nothing changed) when it holds none, so
	 * giving back twice is harmless.
	 */
	public Mono<Boolean> releasePlace(String occurrenceId, String signUpId, boolean limited) {
		Update update = new Update().inc("taken", -1).pull("holders", signUpId).inc("version", 1L);
		if (limited) {
			update.inc("remaining", 1);
		}
		return this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(occurrenceId).and("holders").is(signUpId)), update,
					OccurrenceDocument.class)
			.map(result -> result.getModifiedCount() == 1);
	}

	/**
	 * Hands one holder's place straight to another, as read at {@code version}: one
	 * compare-and-set, so nobody can take the place in between, and false when anything
	 * changed since (the caller reads again).
	 */
	public Mono<Boolean> passPlace(OccurrenceDocument read, String from, String to) {
		List<String> holders = new ArrayList<>(read.holders());
		holders.set(holders.indexOf(from), to);
		return this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(read.id()).and("version").is(read.version())),
					new Update().set("holders", holders).inc("version", 1L), OccurrenceDocument.class)
			.map(result -> result.getModifiedCount() == 1);
	}

	/**
	 * Sets the counts of a document written before holders existed from the sign-ups they
	 * count; nothing when it already has holders.
	 */
	Mono<Boolean> rebuildPlaces(OccurrenceDocument read, List<String> confirmed) {
		Update update = new Update().set("holders", confirmed).set("taken", confirmed.size()).set("version", 1L);
		if (read.capacity() != null) {
			update.set("remaining", Math.max(0, read.capacity() - confirmed.size()));
		}
		return this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(read.id()).and("holders").exists(false)), update,
					OccurrenceDocument.class)
			.map(result -> result.getModifiedCount() == 1);
	}

	/** Occurrences written before holders existed. */
	Flux<OccurrenceDocument> withoutHolders() {
		return this.mongo.find(Query.query(Criteria.where("holders").exists(false)), OccurrenceDocument.class);
	}

	/** The ids of an occurrence's confirmed sign-ups. */
	Mono<List<String>> confirmedIds(String occurrenceId) {
		Query query = Query.query(Criteria.where("occurrenceId").is(occurrenceId).and("status").is(CONFIRMED));
		query.fields().include("_id");
		return this.mongo.find(query, SignUpDocument.class).map(SignUpDocument::id).collectList();
	}

	/** The first one waiting who does not hold a place yet. */
	public Mono<SignUpDocument> firstWaiting(String occurrenceId, List<String> holders) {
		return this.mongo.findOne(Query
			.query(Criteria.where("occurrenceId").is(occurrenceId).and("status").is(WAITING).and("_id").nin(holders))
			.with(QUEUE), SignUpDocument.class);
	}

	/** The sign-ups with these ids (the holders of a place). */
	public Flux<SignUpDocument> byIds(List<String> ids) {
		return this.mongo.find(Query.query(Criteria.where("_id").in(ids)), SignUpDocument.class);
	}

	/**
	 * Moves a PENDING sign-up to CONFIRMED or WAITING (with its number); empty when it is
	 * no longer pending (recovery rolled it back).
	 */
	public Mono<SignUpDocument> settlePending(String id, String status, Long waitingNumber, boolean unsettled) {
		Update update = new Update().set("status", status).set("waitingNumber", waitingNumber);
		if (unsettled) {
			update.set("unsettled", true);
		}
		return this.mongo.findAndModify(Query.query(Criteria.where("_id").is(id).and("status").is(PENDING)), update,
				FindAndModifyOptions.options().returnNew(true), SignUpDocument.class);
	}

	/** Marks the sign-up's occurrence as settled: nothing left to pass on or fill. */
	public Mono<Void> markSettled(String id) {
		return this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(id).and("unsettled").is(true)),
					new Update().unset("unsettled"), SignUpDocument.class)
			.then();
	}

	/** Sign-ups whose occurrence may need settling, written before this instant. */
	Flux<SignUpDocument> unsettled(Instant before) {
		return this.mongo.find(Query.query(Criteria.where("unsettled").is(true).and("signedUpAt").lt(before)),
				SignUpDocument.class);
	}

	/** PENDING sign-ups begun before this instant: their request never finished. */
	Flux<SignUpDocument> pending(Instant before) {
		return this.mongo.find(Query.query(Criteria.where("status").is(PENDING).and("signedUpAt").lt(before)),
				SignUpDocument.class);
	}

	/**
	 * Rolls back a PENDING sign-up that never finished: cancelled, its key freed so the
	 * person can sign up again, and marked for its place (if any) to be given back.
	 */
	Mono<SignUpDocument> abandon(String id, Instant at) {
		return this.mongo.findAndModify(Query.query(Criteria.where("_id").is(id).and("status").is(PENDING)),
				new Update().set("status", CANCELLED).set("cancelledAt", at).unset("activeKey").set("unsettled", true),
				FindAndModifyOptions.options().returnNew(true), SignUpDocument.class);
	}

	/**
	 * A waiting sign-up that was handed a place becomes confirmed; empty when not
	 * waiting.
	 */
	public Mono<SignUpDocument> confirmPromoted(String id, Instant at) {
		return this.mongo.findAndModify(Query.query(Criteria.where("_id").is(id).and("status").is(WAITING)),
				new Update().set("status", CONFIRMED).set("promotedAt", at),
				FindAndModifyOptions.options().returnNew(true), SignUpDocument.class);
	}

	/** The next number in the occurrence's waiting-list queue: 1, 2, 3, ... */
	public Mono<Long> nextWaitingNumber(String occurrenceId) {
		return this.mongo
			.findAndModify(Query.query(Criteria.where("_id").is(occurrenceId)), new Update().inc("waitingSeq", 1L),
					FindAndModifyOptions.options().returnNew(true), OccurrenceDocument.class)
			.map(OccurrenceDocument::waitingSeq);
	}

	/** Inserts a sign-up; fails with {@link DuplicateKeyException} for a second one. */
	public Mono<SignUpDocument> insert(SignUpDocument signUp) {
		return this.mongo.insert(signUp);
	}

	/**
	 * Cancels the sign-up with this token hash if it is not cancelled yet; the answer is
	 * the sign-up as it was before, so the caller knows whether it held a place.
	 */
	public Mono<SignUpDocument> cancel(String tokenHash, Instant at) {
		return this.mongo.findAndModify(
				Query.query(Criteria.where("tokenHash").is(tokenHash).and("status").in(CONFIRMED, WAITING)),
				new Update().set("status", CANCELLED).set("cancelledAt", at).unset("activeKey").set("unsettled", true),
				FindAndModifyOptions.options().returnNew(false), SignUpDocument.class);
	}

	public Mono<SignUpDocument> byTokenHash(String tokenHash) {
		return this.mongo.findOne(Query.query(Criteria.where("tokenHash").is(tokenHash)), SignUpDocument.class);
	}

	public Mono<SignUpDocument> byId(String id) {
		return this.mongo.findById(id, SignUpDocument.class);
	}

	/** How many wait before this number (its place in the queue is that plus one). */
	public Mono<Long> waitingBefore(String occurrenceId, long waitingNumber) {
		return countOf(Query.query(Criteria.where("occurrenceId")
			.is(occurrenceId)
			.and("status")
			.is(WAITING)
			.and("waitingNumber")
			.lt(waitingNumber)));
	}

	/** How many wait for a place (every activity page's sign-up panel asks). */
	public Mono<Long> waitingCount(String occurrenceId) {
		return countOf(Query.query(Criteria.where("occurrenceId").is(occurrenceId).and("status").is(WAITING)));
	}

	/**
	 * How many sign-ups match, counted from their ids: the embedded store finds those
	 * through the index on the occurrence (ADR 0028), where a count reads every sign-up.
	 * An occurrence's waiting list is short, so this costs little on MongoDB too.
	 */
	private Mono<Long> countOf(Query query) {
		query.fields().include("_id");
		return this.mongo.find(query, Document.class, this.mongo.getCollectionName(SignUpDocument.class)).count();
	}

	/** An activity's sign-ups from a date on, by date, then status, then queue order. */
	public Flux<SignUpDocument> ofActivity(String activityId, String fromDate) {
		return this.mongo.find(Query
			.query(Criteria.where("activityId").is(activityId).and("date").gte(fromDate).and("status").ne(PENDING))
			.with(Sort.by("date", "status", "waitingNumber", "signedUpAt")), SignUpDocument.class);
	}

	/**
	 * A person's sign-ups: those made signed in, and for people signed in with a one-time
	 * code, those made with that contact point.
	 */
	public Flux<SignUpDocument> ofPerson(String issuer, String subject, String contact) {
		Criteria owned = Criteria.where("ownerIssuer").is(issuer).and("ownerSubject").is(subject);
		Criteria criteria = contact == null ? owned
				: new Criteria().orOperator(owned, Criteria.where("contact").is(contact));
		return this.mongo.find(Query.query(new Criteria().andOperator(criteria, Criteria.where("status").ne(PENDING)))
			.with(Sort.by("date", "start")), SignUpDocument.class);
	}

	/** Confirmed sign-ups on a date that have not been reminded yet. */
	public Flux<SignUpDocument> toRemind(String date) {
		return this.mongo.find(
				Query.query(Criteria.where("date").is(date).and("status").is(CONFIRMED).and("remindedAt").is(null)),
				SignUpDocument.class);
	}

	/**
	 * Marks a sign-up reminded; empty when it was already (or is no longer confirmed).
	 */
	public Mono<SignUpDocument> markReminded(String id, Instant at) {
		return this.mongo.findAndModify(
				Query.query(Criteria.where("_id").is(id).and("status").is(CONFIRMED).and("remindedAt").is(null)),
				new Update().set("remindedAt", at), FindAndModifyOptions.options().returnNew(true),
				SignUpDocument.class);
	}

	/**
	 * Erases names and contact points of sign-ups matching the criteria; the sign-up
	 * itself stays as an anonymous count.
	 */
	public Mono<Long> erase(Criteria which) {
		return this.mongo
			.updateMulti(Query.query(which),
					new Update().unset("firstName")
						.unset("contact")
						.unset("activeKey")
						.unset("ownerIssuer")
						.unset("ownerSubject"),
					SignUpDocument.class)
			.map(UpdateResult::getModifiedCount);
	}

	public Mono<FeedDocument> saveFeed(FeedDocument feed) {
		return this.mongo.save(feed);
	}

	public Mono<FeedDocument> feedByTokenHash(String tokenHash) {
		return this.mongo.findOne(Query.query(Criteria.where("tokenHash").is(tokenHash)), FeedDocument.class);
	}

	public Mono<Void> deleteFeed(String issuer, String subject) {
		return this.mongo.remove(Query.query(Criteria.where("_id").is(issuer + "|" + subject)), FeedDocument.class)
			.then();
	}

	/**
	 * The cancel's intent: the occurrence is marked cancelled (created if nobody signed
	 * up yet) and unfinished until everyone on it has been released and told. Marking it
	 * again keeps the first time and reason.
	 */
	public Mono<Void> markCancelled(String occurrenceId, String activityId, String date, Integer capacity,
			String reason, Instant at) {
		return ensureOccurrence(occurrenceId, activityId, date, capacity).then(this.mongo.updateFirst(
				Query.query(Criteria.where("_id").is(occurrenceId).and("cancelledAt").exists(false)),
				new Update().set("cancelledAt", at).set("cancelReason", reason).set("cancelUnfinished", true),
				OccurrenceDocument.class))
			.then();
	}

	/** Everyone on the occurrence has been released and told. */
	public Mono<Void> cancelFinished(String occurrenceId) {
		return this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(occurrenceId)), new Update().unset("cancelUnfinished"),
					OccurrenceDocument.class)
			.then();
	}

	/** Cancelled occurrences still unfinished, or still to come (for late sign-ups). */
	Flux<OccurrenceDocument> cancelledToCheck(String today) {
		return this.mongo.find(
				Query.query(Criteria.where("cancelledAt")
					.exists(true)
					.orOperator(Criteria.where("cancelUnfinished").is(true), Criteria.where("date").gte(today))),
				OccurrenceDocument.class);
	}

	/** Confirmed and waiting sign-ups of an occurrence. */
	public Flux<SignUpDocument> active(String occurrenceId) {
		return this.mongo.find(
				Query.query(Criteria.where("occurrenceId").is(occurrenceId).and("status").in(CONFIRMED, WAITING)),
				SignUpDocument.class);
	}

	/**
	 * Ends a confirmed or waiting sign-up because its occurrence was cancelled, marked to
	 * be told; empty when it had already ended.
	 */
	public Mono<SignUpDocument> endForCancelledOccurrence(String id, Instant at) {
		return this.mongo.findAndModify(Query.query(Criteria.where("_id").is(id).and("status").in(CONFIRMED, WAITING)),
				new Update().set("status", CANCELLED)
					.set("cancelledAt", at)
					.unset("activeKey")
					.set("cancelNotice", true),
				FindAndModifyOptions.options().returnNew(true), SignUpDocument.class);
	}

	/** Sign-ups of an occurrence ended by its cancellation and not told yet. */
	public Flux<SignUpDocument> noticePending(String occurrenceId) {
		return this.mongo.find(
				Query.query(Criteria.where("occurrenceId").is(occurrenceId).and("cancelNotice").is(true)),
				SignUpDocument.class);
	}

	/** The person has been told; empty when someone else told them first. */
	public Mono<SignUpDocument> noticeSent(String id) {
		return this.mongo.findAndModify(Query.query(Criteria.where("_id").is(id).and("cancelNotice").is(true)),
				new Update().unset("cancelNotice"), FindAndModifyOptions.options().returnNew(true),
				SignUpDocument.class);
	}

}
