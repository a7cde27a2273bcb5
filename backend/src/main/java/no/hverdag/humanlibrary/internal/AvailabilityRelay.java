package no.hverdag.humanlibrary.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import no.hverdag.humanlibrary.Availability;
import no.hverdag.shared.StartupStep;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Carries live-availability changes between nodes through the store (issue 17). Each
 * change this node publishes is also written, best effort, as a small document to
 * {@code availability_changes}; every node reads the others' documents newer than what it
 * has seen, once per {@code hverdag.availability.poll-interval} (default 1 s), and feeds
 * them to its own {@link Availability} sink. Polling, not a change stream, because it
 * works the same on the embedded store (which has none) and on a MongoDB replica set, and
 * costs one indexed query per second per node.
 *
 * <p>
 * The reader asks for documents stamped up to {@link #OVERLAP} before the newest it has
 * seen and skips the ids it already passed on, so a write that commits a little after a
 * later one is not lost to clock skew between nodes. Documents older than {@link #KEEP}
 * are deleted (a TTL index on MongoDB, a sweep for the embedded store). The take itself
 * never depends on any of this: a page that missed a change still gets a refusal from the
 * atomic take.
 */
@Component
public class AvailabilityRelay {

	static final String COLLECTION = "availability_changes";

	static final Duration OVERLAP = Duration.ofSeconds(5);

	static final Duration KEEP = Duration.ofMinutes(10);

	private static final int REMEMBERED = 10_000;

	private static final Logger log = LoggerFactory.getLogger(AvailabilityRelay.class);

	private final ReactiveMongoTemplate mongo;

	private final Duration interval;

	/** This start of this node: its own changes it has already emitted locally. */
	private final String node = UUID.randomUUID().toString();

	private final Map<ObjectId, Boolean> seen = new LinkedHashMap<>() {

		@Override
		protected boolean removeEldestEntry(Map.Entry<ObjectId, Boolean> eldest) {
			return size() > REMEMBERED;
		}

	};

	private Instant newestSeen = Instant.now();

	AvailabilityRelay(ReactiveMongoTemplate mongo,
			@Value("${hverdag.availability.poll-interval:1s}") Duration interval) {
		this.mongo = mongo;
		this.interval = interval;
	}

	/** Writes the change for the other nodes; a failure only costs them a live update. */
	public void tellOtherNodes(Availability.Change change) {
		Document document = new Document("_id", new ObjectId()).append("node", this.node)
			.append("libraryId", change.libraryId())
			.append("slotId", change.slotId())
			.append("remaining", change.remaining())
			.append("at", new Date());
		this.mongo.insert(document, COLLECTION).subscribe(written -> {
		}, error -> log.warn("Could not pass a live-availability change to other nodes", error));
	}

	/**
	 * The other nodes' changes from now on, polled; empty when the interval is zero
	 * (switched off).
	 */
	public Flux<Availability.Change> fromOtherNodes() {
		if (this.interval.isZero() || this.interval.isNegative()) {
			return Flux.empty();
		}
		return Flux.interval(this.interval, this.interval)
			.onBackpressureDrop()
			.concatMap(tick -> poll().onErrorResume(error -> {
				log.debug("Polling live availability failed; the next tick tries again", error);
				return Flux.empty();
			}), 1);
	}

	private Flux<Availability.Change> poll() {
		Instant from = newestSeen().minus(OVERLAP);
		Query query = Query.query(Criteria.where("at").gte(Date.from(from)).and("node").ne(this.node))
			.with(Sort.by("at"));
		return this.mongo.find(query, Document.class, COLLECTION).filter(this::firstSight).map(document -> {
			return new Availability.Change(document.getString("libraryId"), document.getString("slotId"),
					document.getInteger("remaining"));
		});
	}

	private synchronized Instant newestSeen() {
		return this.newestSeen;
	}

	private synchronized boolean firstSight(Document document) {
		Instant at = document.getDate("at").toInstant();
		if (at.isAfter(this.newestSeen)) {
			this.newestSeen = at;
		}
		return this.seen.put(document.getObjectId("_id"), Boolean.TRUE) == null;
	}

	/** Deletes what no node will read any more (the embedded store ignores TTL). */
	@Scheduled(fixedDelay = 5, initialDelay = 1, timeUnit = TimeUnit.MINUTES)
	void sweep() {
		this.mongo.remove(Query.query(Criteria.where("at").lt(Date.from(Instant.now().minus(KEEP)))), COLLECTION)
			.subscribe(result -> {
			}, error -> log.warn("Sweeping live-availability changes failed; the next run tries again", error));
	}

	@Configuration(proxyBeanMethods = false)
	static class Indexes {

		/** The poll's index, which also lets MongoDB expire old changes itself. */
		@Bean
		StartupStep availabilityChangeIndexes(ReactiveMongoTemplate mongo) {
			return new StartupStep() {

				@Override
				protected Mono<?> run() {
					return mongo.indexOps(COLLECTION)
						.createIndex(new Index("at", Sort.Direction.ASC).named("change_expiry").expire(KEEP));
				}

				@Override
				public int getPhase() {
					return SCHEMA;
				}

			};
		}

	}

}
