package no.hverdag.humanlibrary.internal;

import java.time.Instant;

import no.hverdag.humanlibrary.VolunteerOffer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Volunteer offers in MongoDB. */
@Component
public class OfferStore {

	private final ReactiveMongoTemplate mongo;

	OfferStore(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	public Mono<VolunteerOffer> insert(VolunteerOffer offer) {
		return this.mongo.insert(toDocument(offer)).map(OfferStore::toDomain);
	}

	public Mono<VolunteerOffer> find(String id) {
		return this.mongo.findById(id, OfferDocument.class).map(OfferStore::toDomain);
	}

	public Flux<VolunteerOffer> of(String issuer, String subject) {
		return this.mongo
			.find(Query.query(Criteria.where("issuer").is(issuer).and("subject").is(subject))
				.with(Sort.by("submittedAt")), OfferDocument.class)
			.map(OfferStore::toDomain);
	}

	public Flux<VolunteerOffer> pendingAt(String libraryId) {
		return this.mongo
			.find(Query.query(Criteria.where("libraryId").is(libraryId).and("status").is("PENDING"))
				.with(Sort.by("submittedAt")), OfferDocument.class)
			.map(OfferStore::toDomain);
	}

	/** Decides a pending offer; empty when it was already decided. */
	public Mono<VolunteerOffer> decide(String id, VolunteerOffer.Status outcome, Instant at) {
		return this.mongo
			.findAndModify(Query.query(Criteria.where("_id").is(id).and("status").is("PENDING")),
					new Update().set("status", outcome.name()).set("decidedAt", at),
					FindAndModifyOptions.options().returnNew(true), OfferDocument.class)
			.map(OfferStore::toDomain);
	}

	/** Everything an identity offered, for export; erasure removes it. */
	public Flux<VolunteerOffer> forExport(String issuer, String subject) {
		return of(issuer, subject);
	}

	public Mono<Void> erase(String issuer, String subject) {
		return this.mongo
			.remove(Query.query(Criteria.where("issuer").is(issuer).and("subject").is(subject)), OfferDocument.class)
			.then();
	}

	private static OfferDocument toDocument(VolunteerOffer o) {
		return new OfferDocument(o.id(), o.issuer(), o.subject(), o.libraryId(), o.firstName(), o.topics(),
				o.otherTopic(), o.languages(), o.presentation(), o.contact(), o.status().name(), o.submittedAt(),
				o.decidedAt(), o.lang());
	}

	private static VolunteerOffer toDomain(OfferDocument d) {
		return new VolunteerOffer(d.id(), d.issuer(), d.subject(), d.libraryId(), d.firstName(), d.topics(),
				d.otherTopic() == null ? "" : d.otherTopic(), d.languages(), d.presentation(), d.contact(),
				VolunteerOffer.Status.valueOf(d.status()), d.submittedAt(), d.decidedAt(), d.lang());
	}

}
