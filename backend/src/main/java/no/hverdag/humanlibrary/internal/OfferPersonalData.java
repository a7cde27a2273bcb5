package no.hverdag.humanlibrary.internal;

import java.util.Map;

import no.hverdag.audit.AuditLog;
import no.hverdag.humanlibrary.Sessions;
import no.hverdag.humanlibrary.VolunteerOffer;
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

	private final Sessions sessions;

	private final AuditLog audit;

	OfferPersonalData(OfferStore store, Sessions sessions, AuditLog audit) {
		this.store = store;
		this.sessions = sessions;
		this.audit = audit;
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
		// An approved volunteer stopped being listed and bookable only when staff noticed
		// (issue 10). Withdrawn first, offers deleted last: a crash in between leaves the
		// offers, and the next erasure run withdraws again (each step is idempotent).
		return this.store.of(actor.issuer(), actor.subject())
			.concatMap(offer -> (offer.status() == VolunteerOffer.Status.APPROVED ? this.sessions.withdraw(offer.id())
					: Mono.<Void>empty())
				.then(this.audit.forgetNamesAbout(offer.id())))
			.then(this.store.erase(actor.issuer(), actor.subject()));
	}

}
