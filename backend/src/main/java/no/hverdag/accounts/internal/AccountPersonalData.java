package no.hverdag.accounts.internal;

import java.util.Map;

import no.hverdag.shared.PersonalData;
import no.hverdag.shared.security.Actor;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The roles a person holds, and for passwordless people the sign-in codes and messages
 * sent to them.
 */
@Component
class AccountPersonalData implements PersonalData {

	private final ReactiveMongoTemplate mongo;

	private final RoleAssignmentStore roles;

	AccountPersonalData(ReactiveMongoTemplate mongo, RoleAssignmentStore roles) {
		this.mongo = mongo;
		this.roles = roles;
	}

	@Override
	public String section() {
		return "account";
	}

	@Override
	public Mono<Map<String, Object>> export(Actor actor) {
		return this.roles.findFor(actor.issuer(), actor.subject())
			.map(role -> Map.of("role", role.role().name(), "scope", role.scope()))
			.collectList()
			.map(list -> Map.of("issuer", actor.issuer(), "subject", actor.subject(), "name", actor.displayName(),
					"roles", list));
	}

	@Override
	public Mono<Void> erase(Actor actor) {
		Mono<Void> roles = this.mongo
			.remove(Query.query(Criteria.where("issuer").is(actor.issuer()).and("subject").is(actor.subject())),
					RoleAssignmentDocument.class)
			.then();
		if (!Actor.PASSWORDLESS_ISSUER.equals(actor.issuer())) {
			return roles;
		}
		return roles
			.then(this.mongo.remove(Query.query(Criteria.where("username").is(actor.subject())),
					OneTimeCodeDocument.class))
			.then();
	}

}
