package no.hverdag.activities.internal;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import com.mongodb.client.model.changestream.FullDocument;
import com.mongodb.client.model.changestream.OperationType;
import org.bson.BsonValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.ChangeStreamEvent;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;

/**
 * On a deployment with several nodes, each node's in-memory index follows MongoDB's
 * change stream on {@code activities}, so a listing published through one node is
 * searchable on every node within moments. Each event re-indexes the document (or removes
 * it); indexing is by id, so the node that wrote it and already indexed it loses nothing
 * by doing it again. When the stream breaks it resumes after the last event seen; after
 * any break the whole index is rebuilt from MongoDB too, so an event lost in between (or
 * a resume token MongoDB no longer has) cannot leave a node behind for longer than the
 * rebuild.
 * <p>
 * Needs a replica set (change streams do); off by default, because the embedded store has
 * none: {@code hverdag.search.change-stream=true} turns it on. Read when the application
 * starts, not through a bean condition, which Spring AOT would fix at build time; off,
 * the feed is never started and opens nothing.
 */
@Component
class ActivityChangeFeed implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ActivityChangeFeed.class);

	private final ReactiveMongoTemplate mongo;

	private final ActivityMapper mapper;

	private final ActivitySearch search;

	private final AtomicReference<BsonValue> resumeAfter = new AtomicReference<>();

	private final boolean enabled;

	private volatile Disposable subscription;

	ActivityChangeFeed(ReactiveMongoTemplate mongo, ActivityMapper mapper, ActivitySearch search,
			@Value("${hverdag.search.change-stream:false}") boolean enabled) {
		this.mongo = mongo;
		this.mapper = mapper;
		this.search = search;
		this.enabled = enabled;
	}

	@Override
	public boolean isAutoStartup() {
		return this.enabled;
	}

	@Override
	public void start() {
		if (!this.enabled) {
			return;
		}
		this.subscription = Flux.defer(this::listen)
			.retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1))
				.maxBackoff(Duration.ofSeconds(30))
				.doBeforeRetryAsync(signal -> {
					log.warn("Activity change stream broke; resuming and rebuilding the search index",
							signal.failure());
					return this.search.rebuild().then();
				}))
			.subscribe();
	}

	private Flux<Void> listen() {
		BsonValue token = this.resumeAfter.get();
		return this.mongo.changeStream(ActivityDocument.class).withOptions(options -> {
			options.fullDocumentLookup(FullDocument.UPDATE_LOOKUP);
			if (token != null) {
				options.resumeAfter(token);
			}
		}).watchCollection(this.mongo.getCollectionName(ActivityDocument.class)).listen().concatMap(this::apply);
	}

	private Mono<Void> apply(ChangeStreamEvent<ActivityDocument> event) {
		Mono<Void> applied;
		if (event.getOperationType() == OperationType.DELETE && event.getRaw() != null
				&& event.getRaw().getDocumentKey() != null) {
			applied = this.search.remove(event.getRaw().getDocumentKey().get("_id").asString().getValue());
		}
		else if (event.getBody() != null) {
			applied = this.search.index(this.mapper.toDomain(event.getBody())).then();
		}
		else {
			applied = Mono.empty();
		}
		return applied.doOnSuccess(done -> this.resumeAfter.set(event.getResumeToken()));
	}

	@Override
	public void stop() {
		Disposable current = this.subscription;
		if (current != null) {
			current.dispose();
		}
	}

	@Override
	public boolean isRunning() {
		Disposable current = this.subscription;
		return current != null && !current.isDisposed();
	}

	/** After the index is first built at start. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 1000;
	}

}
