package no.hverdag.organisations.internal;

import java.util.Map;

import no.hverdag.audit.AuditAction;
import no.hverdag.audit.AuditLog;
import no.hverdag.shared.PersonalData;
import no.hverdag.shared.security.Actor;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Organisations remember who registered them and which coordinator decided. Erasure
 * forgets the person; the organisation, its status and the decision's reason stay.
 */
@Component
class OrganisationPersonalData implements PersonalData {

	private final ReactiveMongoTemplate mongo;

	private final AuditLog audit;

	OrganisationPersonalData(ReactiveMongoTemplate mongo, AuditLog audit) {
		this.mongo = mongo;
		this.audit = audit;
	}

	@Override
	public String section() {
		return "organisations";
	}

	@Override
	public Mono<Map<String, Object>> export(Actor actor) {
		Mono<java.util.List<String>> registered = this.mongo.find(registeredBy(actor), OrganisationDocument.class)
			.map(OrganisationDocument::name)
			.collectList();
		Mono<java.util.List<Map<String, Object>>> decided = this.mongo
			.find(decidedBy(actor), OrganisationDocument.class)
			.map(o -> Map.<String, Object>of("organisation", o.name(), "decision", o.status(), "at",
					o.decidedAt().toString()))
			.collectList();
		return Mono.zip(registered, decided)
			.map(both -> Map.of("registered", both.getT1(), "decisionsMade", both.getT2()));
	}

	@Override
	public Mono<Void> erase(Actor actor) {
		return eraseAsContact(actor).then(this.mongo
			.updateMulti(registeredBy(actor), new Update().unset("registeredByIssuer").unset("registeredBySubject"),
					OrganisationDocument.class)
			.then(this.mongo.updateMulti(decidedBy(actor),
					new Update().unset("decidedByIssuer").unset("decidedBySubject"), OrganisationDocument.class))
			.then());
	}

	/**
	 * Where the person is the organisation's contact (their name, e-mail or phone), the
	 * contact is erased and the municipality's coordinator is told through the audit log
	 * they read: the organisation needs a new contact (issue 10). The flag is written
	 * first, so a crash in between leaves a flag and a contact that the next erasure run
	 * clears; never a cleared contact nobody was told about.
	 */
	private Mono<Void> eraseAsContact(Actor actor) {
		Criteria isContact = new Criteria().orOperator(Criteria.where("contactEmail").is(actor.subject()),
				Criteria.where("contactPhone").is(actor.subject()),
				// A name alone is not theirs elsewhere: only where they registered it.
				Criteria.where("contactName")
					.is(actor.displayName())
					.and("registeredByIssuer")
					.is(actor.issuer())
					.and("registeredBySubject")
					.is(actor.subject()));
		return this.mongo.find(Query.query(isContact), OrganisationDocument.class)
			// Never an empty update: MongoDB would read it as "replace with nothing".
			.filter(organisation -> !withoutContactOf(organisation, actor).getUpdateObject().isEmpty())
			.concatMap(organisation -> this.audit
				.recordSystem(AuditAction.ORGANISATION_CONTACT_ERASED, organisation.municipality(), organisation.name(),
						organisation.id())
				.then(this.mongo.updateFirst(Query.query(Criteria.where("_id").is(organisation.id())),
						withoutContactOf(organisation, actor), OrganisationDocument.class)))
			.then();
	}

	private static Update withoutContactOf(OrganisationDocument organisation, Actor actor) {
		Update update = new Update();
		if (actor.displayName().equals(organisation.contactName())
				&& actor.issuer().equals(organisation.registeredByIssuer())
				&& actor.subject().equals(organisation.registeredBySubject())) {
			update.unset("contactName");
		}
		if (actor.subject().equals(organisation.contactEmail())) {
			update.unset("contactEmail");
		}
		if (actor.subject().equals(organisation.contactPhone())) {
			update.unset("contactPhone");
		}
		return update;
	}

	private static Query registeredBy(Actor actor) {
		return Query.query(
				Criteria.where("registeredByIssuer").is(actor.issuer()).and("registeredBySubject").is(actor.subject()));
	}

	private static Query decidedBy(Actor actor) {
		return Query
			.query(Criteria.where("decidedByIssuer").is(actor.issuer()).and("decidedBySubject").is(actor.subject()));
	}

}
