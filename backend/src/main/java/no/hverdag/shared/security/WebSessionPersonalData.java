package no.hverdag.shared.security;

import java.util.Map;

import no.hverdag.shared.PersonalData;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * A person's web sessions: erasing their data ends every one of them at once, on every
 * node, not only the one they pressed "delete" in (issue 10). A session's
 * {@code principal} is the subject the identity provider gave (or the contact point of a
 * one-time-code sign-in).
 */
@Component
class WebSessionPersonalData implements PersonalData {

	private final ReactiveMongoTemplate mongo;

	private final SessionSweeper sessions;

	WebSessionPersonalData(ReactiveMongoTemplate mongo, SessionSweeper sessions) {
		this.mongo = mongo;
		this.sessions = sessions;
	}

	@Override
	public String section() {
		return "sessions";
	}

	@Override
	public Mono<Map<String, Object>> export(Actor actor) {
		return this.mongo.count(Query.query(Criteria.where("principal").is(actor.subject())), SessionConfig.COLLECTION)
			.map(open -> Map.of("signedInSessions", open));
	}

	@Override
	public Mono<Void> erase(Actor actor) {
		return this.sessions.endAllOf(actor.subject()).then();
	}

}
