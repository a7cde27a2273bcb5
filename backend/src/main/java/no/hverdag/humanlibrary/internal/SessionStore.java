package no.hverdag.humanlibrary.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import no.hverdag.humanlibrary.Session;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The sessions staff set for people to borrow. While an edit is under way, everything
 * that plans or lists sessions sees the session as edited ({@link #effective}); only the
 * edit itself looks at both.
 */
@Component
public class SessionStore {

	private final ReactiveMongoTemplate mongo;

	SessionStore(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	public Mono<Session> insert(Session s) {
		return this.mongo
			.insert(new SessionDocument(s.id(), s.libraryId(), s.personId(), s.room(),
					s.weekday() == null ? null : s.weekday().name(), s.date() == null ? null : s.date().toString(),
					s.start().toString(), s.end().toString(), s.slotMinutes(), false, s.capacity(), s.topics(),
					s.languages(), s.generation(), null))
			.map(SessionStore::effective);
	}

	public Flux<Session> active() {
		return this.mongo.find(Query.query(Criteria.where("cancelled").is(false)), SessionDocument.class)
			.map(SessionStore::effective);
	}

	public Flux<Session> atLibrary(String libraryId) {
		return this.mongo
			.find(Query.query(Criteria.where("libraryId").is(libraryId).and("cancelled").is(false)),
					SessionDocument.class)
			.map(SessionStore::effective);
	}

	/** A person's active sessions, as edited. */
	public Flux<Session> activeOf(String personId) {
		return this.mongo
			.find(Query.query(Criteria.where("personId").is(personId).and("cancelled").is(false)),
					SessionDocument.class)
			.map(SessionStore::effective);
	}

	/** An active session of this library, as stored (without an edit under way). */
	public Mono<Session> find(String libraryId, String id) {
		return this.mongo
			.findOne(
					Query.query(Criteria.where("_id").is(id).and("libraryId").is(libraryId).and("cancelled").is(false)),
					SessionDocument.class)
			.map(SessionStore::stored);
	}

	/**
	 * Writes the intent of an edit; empty when the session is gone, cancelled, or already
	 * being edited (one edit at a time).
	 */
	public Mono<Session> beginEdit(Session before, Session after, Instant since) {
		SessionDocument.Intent intent = new SessionDocument.Intent(after.room(), after.start().toString(),
				after.end().toString(), after.slotMinutes(), after.capacity(), after.topics(), after.languages(),
				after.generation(), since);
		return this.mongo
			.findAndModify(
					Query.query(Criteria.where("_id")
						.is(before.id())
						.and("cancelled")
						.is(false)
						.and("edit")
						.exists(false)
						// Read before another edit finished: refused, not applied to
						// stale times.
						.orOperator(Criteria.where("generation").is(before.generation()),
								before.generation() == 0 ? Criteria.where("generation").exists(false)
										: Criteria.where("generation").is(before.generation()))),
					new Update().set("edit", intent), FindAndModifyOptions.options().returnNew(true),
					SessionDocument.class)
			.map(SessionStore::effective);
	}

	/**
	 * Edits under way since before {@code before}: the session as stored and as edited.
	 */
	public Flux<Session[]> editsSince(Instant before) {
		return this.mongo.find(Query.query(Criteria.where("edit.since").lt(before)), SessionDocument.class)
			.map(d -> new Session[] { stored(d), effective(d) });
	}

	/** Makes the edit the session's own and removes the intent. */
	public Mono<Void> finishEdit(Session after) {
		return this.mongo.updateFirst(Query.query(Criteria.where("_id").is(after.id()).and("edit").exists(true)),
				new Update().set("room", after.room())
					.set("start", after.start().toString())
					.set("end", after.end().toString())
					.set("slotMinutes", after.slotMinutes())
					.set("capacity", after.capacity())
					.set("topics", after.topics())
					.set("languages", after.languages())
					.set("generation", after.generation())
					.unset("edit"),
				SessionDocument.class)
			.then();
	}

	/** Cancels every session of a person to borrow who was withdrawn (issue 10). */
	public Mono<Void> cancelAllOf(String personId) {
		return this.mongo
			.updateMulti(Query.query(Criteria.where("personId").is(personId).and("cancelled").is(false)),
					new Update().set("cancelled", true), SessionDocument.class)
			.then();
	}

	/** Cancels a session once; empty when already cancelled or not this library's. */
	public Mono<Session> cancel(String libraryId, String id) {
		return this.mongo
			.findAndModify(
					Query.query(Criteria.where("_id").is(id).and("libraryId").is(libraryId).and("cancelled").is(false)),
					new Update().set("cancelled", true), FindAndModifyOptions.options().returnNew(true),
					SessionDocument.class)
			.map(SessionStore::effective);
	}

	private static Session stored(SessionDocument d) {
		return new Session(d.id(), d.libraryId(), d.personId(), d.room(),
				d.weekday() == null ? null : DayOfWeek.valueOf(d.weekday()),
				d.date() == null ? null : LocalDate.parse(d.date()), LocalTime.parse(d.start()),
				LocalTime.parse(d.end()), d.slotMinutes(), d.cancelled(), d.capacity() == null ? 0 : d.capacity(),
				d.topics(), d.languages(), d.generation() == null ? 0 : d.generation());
	}

	private static Session effective(SessionDocument d) {
		Session s = stored(d);
		SessionDocument.Intent e = d.edit();
		if (e == null) {
			return s;
		}
		return new Session(s.id(), s.libraryId(), s.personId(), e.room(), s.weekday(), s.date(),
				LocalTime.parse(e.start()), LocalTime.parse(e.end()), e.slotMinutes(), s.cancelled(), e.capacity(),
				e.topics(), e.languages(), e.generation());
	}

}
