package no.hverdag.signups.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.hverdag.shared.PersonalData;
import no.hverdag.shared.security.Actor;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * Sign-ups made while signed in, or (for people signed in with a one-time code) with that
 * contact point. Erasure unsets the name, contact point and owner; the sign-up stays as
 * an anonymous count, holding its place, as erased bookings do. The personal calendar
 * feed address goes too.
 */
@Component
class SignUpPersonalData implements PersonalData {

	private final SignUpStore store;

	SignUpPersonalData(SignUpStore store) {
		this.store = store;
	}

	@Override
	public String section() {
		return "signups";
	}

	@Override
	public Mono<Map<String, Object>> export(Actor actor) {
		return this.store.ofPerson(actor.issuer(), actor.subject(), contactOf(actor)).map(s -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("activity", s.activityId());
			entry.put("date", s.date());
			entry.put("start", s.start());
			entry.put("status", s.status());
			entry.put("firstName", s.firstName());
			entry.put("contact", s.contact());
			entry.put("language", s.language());
			entry.put("signedUpAt", String.valueOf(s.signedUpAt()));
			return entry;
		}).collectList().map(list -> Map.<String, Object>of("signups", List.copyOf(list)));
	}

	@Override
	public Mono<Void> erase(Actor actor) {
		Criteria owned = Criteria.where("ownerIssuer").is(actor.issuer()).and("ownerSubject").is(actor.subject());
		String contact = contactOf(actor);
		Criteria which = contact == null ? owned
				: new Criteria().orOperator(owned, Criteria.where("contact").is(contact));
		return this.store.erase(which).then(this.store.deleteFeed(actor.issuer(), actor.subject()));
	}

	private static String contactOf(Actor actor) {
		return Actor.PASSWORDLESS_ISSUER.equals(actor.issuer()) ? actor.subject() : null;
	}

}
