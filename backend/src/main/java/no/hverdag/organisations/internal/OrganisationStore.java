package no.hverdag.organisations.internal;

import java.time.Instant;
import java.util.Collection;

import no.hverdag.organisations.Contact;
import no.hverdag.organisations.Organisation;
import no.hverdag.organisations.OrganisationStatus;
import no.hverdag.organisations.RegisterOrganisation;
import no.hverdag.shared.security.Actor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Organisations in MongoDB. The organisation number is unique by index, and a decision is
 * one conditional update on a still-pending document: two coordinators clicking at once
 * make one decision, never two.
 */
@Component
public class OrganisationStore {

	private final ReactiveMongoTemplate mongo;

	private final OrganisationMapper mapper;

	OrganisationStore(ReactiveMongoTemplate mongo, OrganisationMapper mapper) {
		this.mongo = mongo;
		this.mapper = mapper;
	}

	Mono<Void> createIndexes() {
		return this.mongo.indexOps(OrganisationDocument.class)
			.createIndex(new Index("organisationNumber", Sort.Direction.ASC).unique().named("organisation_number"))
			.then(this.mongo.indexOps(OrganisationDocument.class)
				.createIndex(new Index().on("municipality", Sort.Direction.ASC).on("status", Sort.Direction.ASC)))
			.then();
	}

	public Mono<Organisation> insert(String id, RegisterOrganisation registration, OrganisationStatus status,
			Actor registrant, Instant at) {
		Contact contact = registration.contact();
		return this.mongo
			.insert(new OrganisationDocument(id, registration.name(), registration.organisationNumber().value(),
					registration.municipality(), contact.name(), contact.email(), contact.phone(),
					registration.description(), status.name(), at, registrant == null ? null : registrant.issuer(),
					registrant == null ? null : registrant.subject(), null, null, null, null, registrant != null, null))
			.map(this.mapper::toDomain);
	}

	/**
	 * The registrant's membership is granted: the registration is complete.
	 */
	public Mono<Void> memberGranted(String id) {
		return this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().set("memberPending", false),
					OrganisationDocument.class)
			.then();
	}

	/**
	 * Registrations begun before this instant whose registrant may not be a member yet;
	 * also those from before the flag existed, which are checked once.
	 */
	Flux<OrganisationDocument> membershipPending(Instant before) {
		return this.mongo.find(Query.query(Criteria.where("memberPending")
			.ne(false)
			.and("registeredByIssuer")
			.exists(true)
			.and("registeredBySubject")
			.exists(true)
			.and("registeredAt")
			.lt(before)), OrganisationDocument.class);
	}

	public Mono<Organisation> find(String id) {
		return this.mongo.findById(id, OrganisationDocument.class).map(this.mapper::toDomain);
	}

	public Flux<Organisation> findAll(Collection<String> ids) {
		return this.mongo
			.find(Query.query(Criteria.where("_id").in(ids)).with(Sort.by("name")), OrganisationDocument.class)
			.map(this.mapper::toDomain);
	}

	public Flux<Organisation> findByStatusIn(OrganisationStatus status, Collection<String> municipalities) {
		return this.mongo
			.find(Query.query(Criteria.where("status").is(status.name()).and("municipality").in(municipalities))
				.with(Sort.by("registeredAt")), OrganisationDocument.class)
			.map(this.mapper::toDomain);
	}

	public Flux<Organisation> findByStatus(OrganisationStatus status) {
		return this.mongo
			.find(Query.query(Criteria.where("status").is(status.name())).with(Sort.by("registeredAt")),
					OrganisationDocument.class)
			.map(this.mapper::toDomain);
	}

	/** Decides a pending organisation; empty when it was no longer pending. */
	public Mono<Organisation> decide(String id, OrganisationStatus outcome, Actor coordinator, Instant at,
			String reason) {
		return this.mongo
			.findAndModify(
					Query.query(Criteria.where("_id").is(id).and("status").is(OrganisationStatus.PENDING.name())),
					new Update().set("status", outcome.name())
						.set("decidedByIssuer", coordinator.issuer())
						.set("decidedBySubject", coordinator.subject())
						.set("decidedAt", at)
						.set("decisionReason", reason),
					FindAndModifyOptions.options().returnNew(true), OrganisationDocument.class)
			.map(this.mapper::toDomain);
	}

	/**
	 * Changes the details its members may change (name, contact, description, language of
	 * messages) in one update; the number, municipality and decision stay.
	 */
	public Mono<Organisation> updateDetails(String id, String name, Contact contact, String description,
			String language) {
		return this.mongo
			.findAndModify(Query.query(Criteria.where("_id").is(id)),
					new Update().set("name", name)
						.set("contactName", contact.name())
						.set("contactEmail", contact.email())
						.set("contactPhone", contact.phone())
						.set("description", description)
						.set("language", language),
					FindAndModifyOptions.options().returnNew(true), OrganisationDocument.class)
			.map(this.mapper::toDomain);
	}

}
