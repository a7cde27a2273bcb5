package no.hverdag.organisations.internal;

import java.util.Map;

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

	OrganisationPersonalData(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
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
		return this.mongo
			.updateMulti(registeredBy(actor), new Update().unset("registeredByIssuer").unset("registeredBySubject"),
					OrganisationDocument.class)
			.then(this.mongo.updateMulti(decidedBy(actor),
					new Update().unset("decidedByIssuer").unset("decidedBySubject"), OrganisationDocument.class))
			.then();
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
