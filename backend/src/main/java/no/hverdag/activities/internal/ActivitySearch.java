package no.hverdag.activities.internal;

import java.time.Duration;
import java.util.List;

import no.hverdag.activities.Activity;
import no.hverdag.activities.ActivityPage;
import no.hverdag.activities.ActivityQuery;
import no.hverdag.shared.operations.PlatformMetrics;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The reactive face of the Lucene index: searching and indexing run on a small bounded
 * pool, never on the event loop (Lucene blocks, and two threads already fill two cores).
 * The index answers with the listings as it indexed them (kept beside the Lucene
 * documents and written with them on every change), so a search needs no round trip to
 * MongoDB.
 */
@Component
public class ActivitySearch implements DisposableBean {

	/**
	 * Rebuilding adds this many at a time, so memory stays flat however many there are.
	 */
	private static final int REBUILD_BATCH = 2_000;

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

	/** Many at once with one refresh (an import). */
	public Mono<Void> indexAll(List<Activity> activities) {
		return Mono.fromRunnable(() -> this.index.indexAll(activities)).subscribeOn(this.scheduler).then();
	}

	public Mono<Void> remove(String id) {
		return Mono.fromRunnable(() -> this.index.remove(id)).subscribeOn(this.scheduler).then();
	}

	/** Indexes every stored activity again (at start, and when occurrences move on). */
	public Mono<Long> rebuild() {
		return Mono.usingWhen(Mono.fromCallable(this.index::startRebuild),
				rebuild -> this.store.findAll()
					.buffer(REBUILD_BATCH)
					.concatMap(batch -> Mono.fromRunnable(() -> this.index.rebuildWith(rebuild, batch))
						.subscribeOn(this.scheduler)
						.thenReturn(batch.size()))
					.reduce(0L, Long::sum),
				rebuild -> Mono.fromRunnable(() -> this.index.finishRebuild(rebuild)).subscribeOn(this.scheduler),
				(rebuild, error) -> Mono.fromRunnable(this.index::abandonRebuild),
				rebuild -> Mono.fromRunnable(this.index::abandonRebuild));
	}

	/** One page of matches in the query's order, with facet counts. */
	public Mono<ActivityPage> search(ActivityQuery query) {
		return Mono.defer(() -> {
			long started = System.nanoTime();
			return Mono.fromCallable(() -> this.index.search(query))
				.subscribeOn(this.scheduler)
				.map(hits -> new ActivityPage(hits.activities(), hits.total(), query.page(), query.size(),
						hits.facets()))
				.doOnSuccess(page -> PlatformMetrics.search(Duration.ofNanos(System.nanoTime() - started)));
		});
	}

	@Override
	public void destroy() {
		this.scheduler.dispose();
	}

}
