package no.hverdag.audit.internal;

import java.util.Collection;

import no.hverdag.audit.AuditAction;
import no.hverdag.audit.AuditEntry;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The {@code audit_log} collection. This class has no delete and one kind of update: the
 * application appends, and on a person's erasure replaces their identity with a pseudonym
 * (the facts stay, issue 10). In production the application's database user should have
 * insert, find and update on this collection, nothing else (docs/security.md).
 */
@Component
public class AuditStore {

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "at");

	/** The issuer recorded for a person whose data was erased. */
	public static final String ERASED_ISSUER = "urn:hverdag:erased";

	private final ReactiveMongoTemplate mongo;

	AuditStore(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	public Mono<Void> append(AuditEntry entry) {
		return this.mongo
			.insert(new AuditDocument(null, entry.at(), entry.actorIssuer(), entry.actorSubject(), entry.actorName(),
					entry.action().name(), entry.municipality(), entry.target(), entry.detail()))
			.then();
	}

	/**
	 * Replaces a person's identity with a pseudonym wherever they acted or were named as
	 * the target ({@code issuer subject}, as role grants name them).
	 */
	public Mono<Void> pseudonymise(String issuer, String subject, String pseudonym) {
		Query acted = Query.query(Criteria.where("actorIssuer").is(issuer).and("actorSubject").is(subject));
		Query named = Query.query(Criteria.where("target").is(issuer + " " + subject));
		return this.mongo
			.updateMulti(acted,
					new Update().set("actorIssuer", ERASED_ISSUER)
						.set("actorSubject", pseudonym)
						.set("actorName", pseudonym),
					AuditDocument.class)
			.then(this.mongo.updateMulti(named, new Update().set("target", pseudonym), AuditDocument.class))
			.then();
	}

	/** Replaces the target of the entries whose detail is this id (e.g. an offer's). */
	public Mono<Void> pseudonymiseTargetOf(String detail, String pseudonym) {
		return this.mongo
			.updateMulti(Query.query(Criteria.where("detail").is(detail)), new Update().set("target", pseudonym),
					AuditDocument.class)
			.then();
	}

	/** Who acted or was named, for a person's export. */
	public Flux<AuditEntry> about(String issuer, String subject) {
		return this.mongo
			.find(new Query(
					new Criteria().orOperator(Criteria.where("actorIssuer").is(issuer).and("actorSubject").is(subject),
							Criteria.where("target").is(issuer + " " + subject)))
				.with(NEWEST_FIRST), AuditDocument.class)
			.map(AuditDocument::toEntry);
	}

	public Flux<AuditEntry> newestIn(Collection<String> municipalities, int limit) {
		return this.mongo
			.find(Query.query(Criteria.where("municipality").in(municipalities)).with(NEWEST_FIRST).limit(limit),
					AuditDocument.class)
			.map(AuditDocument::toEntry);
	}

	public Flux<AuditEntry> newest(int limit) {
		return this.mongo.find(new Query().with(NEWEST_FIRST).limit(limit), AuditDocument.class)
			.map(AuditDocument::toEntry);
	}

	@Document("audit_log")
	record AuditDocument(@Id String id, java.time.Instant at, String actorIssuer, String actorSubject, String actorName,
			String action, String municipality, String target, String detail) {

		AuditEntry toEntry() {
			return new AuditEntry(this.at, this.actorIssuer, this.actorSubject, this.actorName,
					AuditAction.valueOf(this.action), this.municipality, this.target, this.detail);
		}

	}

}
