package no.hverdag.activities;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;

import no.hverdag.activities.internal.ActivitySearch;
import no.hverdag.activities.internal.ActivityStore;
import no.hverdag.shared.HverdagException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * What newcomers see: published activities, searched and filtered, soonest first. Past
 * one-offs drop out.
 */
@Service
public class ActivityCatalogue {

	private final ActivitySearch search;

	private final ActivityStore store;

	private final Clock clock;

	ActivityCatalogue(ActivitySearch search, ActivityStore store, Clock clock) {
		this.search = search;
		this.store = store;
		this.clock = clock;
	}

	public Flux<Activity> search(ActivityQuery query) {
		LocalDate today = LocalDate.now(this.clock);
		return this.search.search(query, soonestFirst(today))
			.filter(activity -> activity.schedule().nextOccurrence(today).isPresent());
	}

	public Mono<Activity> find(String id) {
		return this.store.find(id).switchIfEmpty(Mono.error(() -> new HverdagException.NotFound("activity", id)));
	}

	public Flux<Activity> ofOrganisation(String organisationId) {
		return this.store.ofOrganisation(organisationId);
	}

	private static Comparator<Activity> soonestFirst(LocalDate today) {
		return Comparator
			.comparing((Activity a) -> a.schedule()
				.nextOccurrence(today)
				.map(day -> LocalDateTime.of(day, a.schedule().start()))
				.orElse(LocalDateTime.MAX))
			.thenComparing(Activity::title);
	}

}
