package no.hverdag.venues.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.hverdag.shared.PersonalData;
import no.hverdag.shared.security.Actor;
import no.hverdag.shared.time.HverdagClock;
import no.hverdag.venues.Season;
import no.hverdag.venues.SeasonApplication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Season applications name the person who applied for their organisation (name, contact
 * point). Export lists them; erasure and retention replace the applicant by the anonymous
 * one, so the organisation's application and its outcome stay for the allocation without
 * saying who sent it. Retention: {@code hverdag.retention.season-application-days}
 * (default 90) after the season's last week, as room bookings are kept.
 */
@Component
class SeasonApplicationPersonalData implements PersonalData {

	private static final Logger log = LoggerFactory.getLogger(SeasonApplicationPersonalData.class);

	private final SeasonStore store;

	private final Clock clock;

	private final int retentionDays;

	SeasonApplicationPersonalData(SeasonStore store, Clock clock,
			@Value("${hverdag.retention.season-application-days:90}") int retentionDays) {
		this.store = store;
		this.clock = clock;
		this.retentionDays = retentionDays;
	}

	@Override
	public String section() {
		return "seasonApplications";
	}

	@Override
	public Mono<Map<String, Object>> export(Actor actor) {
		return this.store.ofHolder(actor.issuer(), actor.subject()).map(a -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("season", a.seasonId());
			entry.put("organisation", a.organisationName());
			entry.put("venue", a.venueId());
			entry.put("room", a.roomKey() == null ? "" : a.roomKey());
			entry.put("weekday", String.valueOf(a.weekday()));
			entry.put("from", String.valueOf(a.start()));
			entry.put("minutes", a.minutes());
			entry.put("weeks", a.weeks());
			entry.put("participants", a.participants());
			entry.put("name", a.holder().name());
			entry.put("contact", a.holder().contact());
			entry.put("outcome", a.outcome() == null ? "" : a.outcome().name());
			entry.put("submittedAt", String.valueOf(a.submittedAt()));
			return entry;
		}).collectList().map(list -> Map.<String, Object>of("seasonApplications", List.copyOf(list)));
	}

	@Override
	public Mono<Void> erase(Actor actor) {
		return this.store
			.anonymise(Criteria.where("holder.issuer").is(actor.issuer()).and("holder.subject").is(actor.subject()))
			.then();
	}

	/**
	 * Anonymises applicants of seasons whose last week ended before the retention cut
	 * (and of applications whose season is gone).
	 */
	Mono<Long> applyRetention() {
		LocalDate cut = LocalDate.now(this.clock.withZone(HverdagClock.NORWAY)).minusDays(this.retentionDays);
		return this.store.withHolders()
			.filterWhen(application -> this.store.season(application.seasonId())
				.map(season -> ended(season, cut))
				.defaultIfEmpty(true))
			.concatMap(application -> this.store.anonymise(Criteria.where("_id").is(application.id())))
			.reduce(0L, Long::sum);
	}

	static boolean ended(Season season, LocalDate cut) {
		return season.firstDay().plusWeeks(season.weeks()).isBefore(cut);
	}

	@Scheduled(cron = "0 55 3 * * *", zone = "Europe/Oslo")
	void nightly() {
		applyRetention().doOnNext(n -> log.info("Season applications anonymised after retention: {}", n))
			.onErrorResume(error -> {
				log.error("Season application retention failed; the next run tries again", error);
				return Mono.empty();
			})
			.subscribe();
	}

}
