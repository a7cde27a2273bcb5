package no.hverdag.humanlibrary.internal;

import java.util.Map;

import no.hverdag.booking.PersonalTime;
import no.hverdag.shared.PersonalData;
import no.hverdag.shared.security.Actor;
import reactor.core.publisher.Mono;

import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Bookings name a first name and a contact point. People who signed in with that contact
 * point see and erase them. Erasure takes the entry out of the slot but leaves
 * {@code remaining} as it was, so the place still counts as taken: an anonymous count.
 */
@Component
class BookingPersonalData implements PersonalData {

	private final ReactiveMongoTemplate mongo;

	private final PersonalTime claims;

	private final StandingStore standing;

	BookingPersonalData(ReactiveMongoTemplate mongo, PersonalTime claims, StandingStore standing) {
		this.mongo = mongo;
		this.claims = claims;
		this.standing = standing;
	}

	@Override
	public String section() {
		return "bookings";
	}

	@Override
	public Mono<Map<String, Object>> export(Actor actor) {
		if (!Actor.PASSWORDLESS_ISSUER.equals(actor.issuer())) {
			return Mono.just(Map.of("bookings", java.util.List.of()));
		}
		return this.mongo.find(byContact(actor), SlotDocument.class)
			.flatMapIterable(slot -> slot.bookings()
				.stream()
				.filter(b -> actor.subject().equals(b.contact()))
				.map(b -> Map.<String, Object>of("slot", slot.id(), "day", slot.day(), "start", slot.start(), "with",
						slot.personFirstName(), "firstName", b.firstName(), "contact", b.contact(), "reference",
						b.reference()))
				.toList())
			.collectList()
			.zipWith(this.standing.of(actor.subject()).map(StandingStore.Standing::noShows).defaultIfEmpty(0))
			.map(found -> Map.of("bookings", found.getT1(), "missedSessions", found.getT2()));
	}

	@Override
	public Mono<Void> erase(Actor actor) {
		if (!Actor.PASSWORDLESS_ISSUER.equals(actor.issuer())) {
			return Mono.empty();
		}
		return this.mongo
			.updateMulti(byContact(actor), new Update().pull("bookings", new Document("contact", actor.subject())),
					SlotDocument.class)
			.then(this.claims.forget(actor.subject()))
			.then(this.standing.erase(actor.subject()));
	}

	private static Query byContact(Actor actor) {
		return Query.query(Criteria.where("bookings.contact").is(actor.subject()));
	}

}
