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
import org.springframework.stereotype.Component;

/**
 * The {@code audit_log} collection. This class has no update or delete: the application
 * can only append. In production the application's database user should have only insert
 * and find on this collection (docs/architecture.md).
 */
@Component
public class AuditStore {

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "at");

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
