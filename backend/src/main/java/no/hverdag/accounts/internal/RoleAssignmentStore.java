package no.hverdag.accounts.internal;

import java.time.Clock;
import java.time.Instant;

import no.hverdag.accounts.Role;
import no.hverdag.accounts.RoleAssignment;
import no.hverdag.accounts.RoleHolder;
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
		return save(assignment, null);
	}

	/**
	 * Saves the assignment with the holder's name as the granter gave it; granting twice
	 * keeps the first.
	 */
	public Mono<Void> save(RoleAssignment assignment, String name) {
		Instant now = this.clock.instant();
		return this.mongo
			.insert(new RoleAssignmentDocument(null, assignment.issuer(), assignment.subject(),
					assignment.role().name(), assignment.scope(), now, name))
			.onErrorResume(DuplicateKeyException.class, e -> Mono.empty())
			.then();
	}

	/** Every stored assignment, by role, scope and name: for the admin's overview. */
	public Flux<RoleHolder> all() {
		return this.mongo
			.find(new Query().with(Sort.by("role", "scope", "name", "subject")), RoleAssignmentDocument.class)
			.map(RoleAssignmentStore::holder);
	}

	/** Removes one assignment in one operation; empty when nobody held it. */
	public Mono<RoleHolder> remove(RoleAssignment assignment) {
		return this.mongo.findAndRemove(Query.query(Criteria.where("issuer")
			.is(assignment.issuer())
			.and("subject")
			.is(assignment.subject())
			.and("role")
			.is(assignment.role().name())
			.and("scope")
			.is(assignment.scope())), RoleAssignmentDocument.class).map(RoleAssignmentStore::holder);
	}

	private static RoleHolder holder(RoleAssignmentDocument d) {
		return new RoleHolder(d.issuer(), d.subject(), d.name() == null || d.name().isBlank() ? d.subject() : d.name(),
				Role.valueOf(d.role()), d.scope(), d.grantedAt(), false);
	}

}
