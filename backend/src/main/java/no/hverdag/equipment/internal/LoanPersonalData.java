package no.hverdag.equipment.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.hverdag.shared.PersonalData;
import no.hverdag.shared.security.Actor;
import no.hverdag.shared.time.HverdagClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Loans name their holder (name, contact point). Export lists a person's loans; erasure
 * and retention ({@code hverdag.retention.loan-days}, default 90 days after the last day,
 * walk-ins included) replace the holder by the anonymous one: the loan keeps its count.
 */
@Component
class LoanPersonalData implements PersonalData {

	private static final Logger log = LoggerFactory.getLogger(LoanPersonalData.class);

	private final EquipmentStore store;

	private final Clock clock;

	private final int retentionDays;

	LoanPersonalData(EquipmentStore store, Clock clock, @Value("${hverdag.retention.loan-days:90}") int retentionDays) {
		this.store = store;
		this.clock = clock;
		this.retentionDays = retentionDays;
	}

	@Override
	public String section() {
		return "equipmentLoans";
	}

	@Override
	public Mono<Map<String, Object>> export(Actor actor) {
		return this.store.ofHolder(actor.issuer(), actor.subject()).map(loan -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("item", loan.itemId());
			entry.put("count", loan.count());
			entry.put("first", loan.days().first().toString());
			entry.put("last", loan.days().last().toString());
			entry.put("status", loan.status());
			entry.put("name", loan.holder().name());
			entry.put("contact", loan.holder().contact());
			return entry;
		}).collectList().map(list -> Map.<String, Object>of("equipmentLoans", List.copyOf(list)));
	}

	@Override
	public Mono<Void> erase(Actor actor) {
		return this.store
			.anonymise(Criteria.where("holder.issuer").is(actor.issuer()).and("holder.subject").is(actor.subject()))
			.then();
	}

	Mono<Long> applyRetention() {
		LocalDate cut = LocalDate.now(this.clock.withZone(HverdagClock.NORWAY)).minusDays(this.retentionDays);
		return this.store.withHolders()
			.filter(loan -> loan.days().last().isBefore(cut))
			.concatMap(loan -> this.store.anonymise(Criteria.where("_id").is(loan.id())))
			.reduce(0L, Long::sum);
	}

	@Scheduled(cron = "0 55 3 * * *", zone = "Europe/Oslo")
	void nightly() {
		applyRetention().doOnNext(n -> log.info("Loans anonymised after retention: {}", n)).onErrorResume(error -> {
			log.error("Loan retention failed; the next run tries again", error);
			return Mono.empty();
		}).subscribe();
	}

}
