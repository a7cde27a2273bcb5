package no.hverdag.activities.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import no.hverdag.activities.Activity;
import no.hverdag.activities.ActivityQuery;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The reactive face of the Lucene index: searching and indexing run on a small bounded
 * pool, never on the event loop (Lucene blocks, and two threads already fill two cores).
 */
@Component
public class ActivitySearch implements DisposableBean {

	private final ActivitySearchIndex index;

	private final ActivityStore store;

	private final Scheduler scheduler = Schedulers.newBoundedElastic(2, 10_000, "activity-search");

	ActivitySearch(ActivitySearchIndex index, ActivityStore store) {
		this.index = index;
		this.store = store;
	}

	public Mono<Activity> index(Activity activity) {
		return Mono.fromRunnable(() -> this.index.index(activity)).subscribeOn(this.scheduler).thenReturn(activity);
	}

	public Mono<Long> rebuild() {
		return this.store.findAll().concatMap(this::index).count();
	}

	/**
	 * Matching activities; by relevance when the query has text, otherwise in the order
	 * the caller sorts.
	 */
	public Flux<Activity> search(ActivityQuery query, Comparator<Activity> orderWithoutText) {
		return Mono.fromCallable(() -> this.index.search(query))
			.subscribeOn(this.scheduler)
			.flatMapMany(ids -> this.store.findAll(ids).collectList().flatMapMany(found -> {
				Map<String, Activity> byId = found.stream()
					.collect(Collectors.toMap(Activity::id, Function.identity()));
				List<Activity> ordered = ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
				return Flux
					.fromIterable(query.hasText() ? ordered : ordered.stream().sorted(orderWithoutText).toList());
			}));
	}

	@Override
	public void destroy() {
		this.scheduler.dispose();
	}

}
