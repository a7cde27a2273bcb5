package no.hverdag.accounts.internal;

import java.time.Clock;
import java.time.Instant;

import no.hverdag.accounts.Role;
import no.hverdag.accounts.RoleAssignment;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Role assignments in MongoDB; one document per (issuer, subject, role, scope), kept
 * unique by an index.
 */
@Component
public class RoleAssignmentStore {

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	RoleAssignmentStore(ReactiveMongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	Mono<Void> createIndexes() {
		return this.mongo.indexOps(RoleAssignmentDocument.class)
			.createIndex(new Index().on("issuer", Sort.Direction.ASC)
				.on("subject", Sort.Direction.ASC)
				.on("role", Sort.Direction.ASC)
				.on("scope", Sort.Direction.ASC)
				.unique()
				.named("identity_role_scope"))
			.then();
	}

	public Flux<RoleAssignment> findFor(String issuer, String subject) {
		return this.mongo
			.find(Query.query(Criteria.where("issuer").is(issuer).and("subject").is(subject)),
					RoleAssignmentDocument.class)
			.map(d -> new RoleAssignment(d.issuer(), d.subject(), Role.valueOf(d.role()), d.scope()));
	}

	public Mono<Void> save(RoleAssignment assignment) {
		Instant now = this.clock.instant();
		return this.mongo
			.insert(new RoleAssignmentDocument(null, assignment.issuer(), assignment.subject(),
					assignment.role().name(), assignment.scope(), now))
			.onErrorResume(DuplicateKeyException.class, e -> Mono.empty())
			.then();
	}

}
