package no.hverdag.humanlibrary.internal;

import java.util.Map;

import no.hverdag.shared.PersonalData;
import no.hverdag.shared.security.Actor;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * A volunteer's offers hold their first name, presentation and contact point: exported
 * and erased with their account. An approved person to borrow keeps only a first name.
 */
@Component
class OfferPersonalData implements PersonalData {

	private final OfferStore store;

	OfferPersonalData(OfferStore store) {
		this.store = store;
	}

	@Override
	public String section() {
		return "volunteerOffers";
	}

	@Override
	public Mono<Map<String, Object>> export(Actor actor) {
		return this.store.forExport(actor.issuer(), actor.subject())
			.map(o -> Map.<String, Object>of("library", o.libraryId(), "firstName", o.firstName(), "topics", o.topics(),
					"presentation", o.presentation(), "contact", String.valueOf(o.contact()), "status",
					o.status().name()))
			.collectList()
			.map(list -> Map.of("offers", list));
	}

	@Override
	public Mono<Void> erase(Actor actor) {
		return this.store.erase(actor.issuer(), actor.subject());
	}

}
