package no.hverdag.buddies.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.hverdag.buddies.Enrolment;
import no.hverdag.shared.PersonalData;
import no.hverdag.shared.security.Actor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * A person's enrolments and the pairings they are part of, in their export; on erasure
 * their pairings end (keeping only that a pair existed and how it ended) and then their
 * enrolments go. Both steps can be repeated, so an erasure cut short is finished by
 * asking again.
 */
@Component
class BuddyPersonalData implements PersonalData {

	private final BuddyStore store;

	private final Clock clock;

	BuddyPersonalData(BuddyStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@Override
	public String section() {
		return "buddies";
	}

	@Override
	public Mono<Map<String, Object>> export(Actor actor) {
		return this.store.enrolmentsOf(actor.issuer(), actor.subject()).collectList().flatMap(enrolments -> {
			List<String> ids = enrolments.stream().map(Enrolment::id).toList();
			Flux<Map<String, Object>> pairings = ids.isEmpty() ? Flux.empty()
					: this.store.roundsWithEnrolments(ids)
						.flatMapIterable(RoundDocument::pairings)
						.filter(p -> ids.contains(p.newcomerId()) || ids.contains(p.localId()))
						.map(p -> {
							Map<String, Object> row = new LinkedHashMap<>();
							row.put("id", p.id());
							row.put("status", p.status(this.clock.instant()).name());
							row.put("reasons", p.reasons());
							row.put("checkIns", p.checkIns());
							row.put("ending", p.ending());
							return row;
						});
			return pairings.collectList().map(rows -> {
				Map<String, Object> section = new LinkedHashMap<>();
				section.put("enrolments", enrolments.stream().map(EnrolmentDocument::of).toList());
				section.put("pairings", rows);
				return section;
			});
		});
	}

	@Override
	public Mono<Void> erase(Actor actor) {
		return this.store.enrolmentsOf(actor.issuer(), actor.subject())
			.map(Enrolment::id)
			.collectList()
			.filter(ids -> !ids.isEmpty())
			.flatMap(ids -> this.store.roundsWithEnrolments(ids)
				.flatMapIterable(RoundDocument::located)
				.filter(l -> ids.contains(l.pairing().newcomerId()) || ids.contains(l.pairing().localId()))
				.concatMap(l -> this.store.erasePairing(l.roundId(), l.index(), l.pairing().id(), this.clock.instant()))
				.then(this.store.deleteEnrolments(ids)));
	}

}
