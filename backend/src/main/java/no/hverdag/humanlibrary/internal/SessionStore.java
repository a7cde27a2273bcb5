package no.hverdag.humanlibrary.internal;

import java.time.DayOfWeek;
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

/** The sessions staff set for people to borrow. */
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
					s.start().toString(), s.end().toString(), s.slotMinutes(), false))
			.map(SessionStore::toDomain);
	}

	public Flux<Session> active() {
		return this.mongo.find(Query.query(Criteria.where("cancelled").is(false)), SessionDocument.class)
			.map(SessionStore::toDomain);
	}

	public Flux<Session> atLibrary(String libraryId) {
		return this.mongo
			.find(Query.query(Criteria.where("libraryId").is(libraryId).and("cancelled").is(false)),
					SessionDocument.class)
			.map(SessionStore::toDomain);
	}

	/** Cancels a session once; empty when already cancelled or not this library's. */
	/** Cancels every session of a person to borrow who was withdrawn (issue 10). */
	public Mono<Void> cancelAllOf(String personId) {
		return this.mongo
			.updateMulti(Query.query(Criteria.where("personId").is(personId).and("cancelled").is(false)),
					new Update().set("cancelled", true), SessionDocument.class)
			.then();
	}

	public Mono<Session> cancel(String libraryId, String id) {
		return this.mongo
			.findAndModify(
					Query.query(Criteria.where("_id").is(id).and("libraryId").is(libraryId).and("cancelled").is(false)),
					new Update().set("cancelled", true), FindAndModifyOptions.options().returnNew(true),
					SessionDocument.class)
			.map(SessionStore::toDomain);
	}

	private static Session toDomain(SessionDocument d) {
		return new Session(d.id(), d.libraryId(), d.personId(), d.room(),
				d.weekday() == null ? null : DayOfWeek.valueOf(d.weekday()),
				d.date() == null ? null : LocalDate.parse(d.date()), LocalTime.parse(d.start()),
				LocalTime.parse(d.end()), d.slotMinutes(), d.cancelled());
	}

}
