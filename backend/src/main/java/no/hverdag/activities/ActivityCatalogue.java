package no.hverdag.activities;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import no.hverdag.activities.internal.ActivitySearch;
import no.hverdag.activities.internal.ActivityStore;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.StartupGate;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * What newcomers see: published activities that still have something to come, searched,
 * filtered and counted by the search index.
 */
@Service
public class ActivityCatalogue {

	/** How far ahead "upcoming occurrences" look. */
	public static final int UPCOMING_DAYS = 90;

	private final ActivitySearch search;

	private final ActivityStore store;

	private final Clock clock;

	private final StartupGate startup;

	ActivityCatalogue(ActivitySearch search, ActivityStore store, Clock clock, StartupGate startup) {
		this.search = search;
		this.startup = startup;
		this.store = store;
		this.clock = clock;
	}

	/**
	 * Waits for the start-up rebuild of the index when it still runs in the background
	 * (issue 18): a search right after start answers from the whole index, never half.
	 */
	public Mono<ActivityPage> search(ActivityQuery query) {
		if (this.startup.isOpen()) {
			return this.search.search(query);
		}
		return this.startup.ready().then(Mono.defer(() -> this.search.search(query)));
	}

	public Mono<Activity> find(String id) {
		return this.store.find(id)
			.filter(Activity::visible)
			.switchIfEmpty(Mono.error(() -> new HverdagException.NotFound("activity", id)));
	}

	/**
	 * A listing in any state (withdrawn, unpublished, ...): for pages that show what
	 * people already have with it, such as their sign-up or the organisation's list of
	 * sign-ups.
	 */
	public Mono<Activity> findAny(String id) {
		return this.store.find(id).switchIfEmpty(Mono.error(() -> new HverdagException.NotFound("activity", id)));
	}

	/** Every listing of an organisation, whatever its state (for its own page). */
	public Flux<Activity> ofOrganisation(String organisationId) {
		return this.store.ofOrganisation(organisationId);
	}

	/** The next times an activity happens, from today, at most {@code limit}. */
	public List<Occurrence> upcoming(Activity activity, int limit) {
		LocalDate today = today();
		return activity.occurrences(today, today.plusDays(UPCOMING_DAYS)).stream().limit(limit).toList();
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
