package no.hverdag.shared.mongo;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoServerException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.RetryDecision;
import io.github.bucket4j.distributed.proxy.RetryStrategy;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import org.bson.Document;
import org.bson.types.Binary;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/**
 * Bucket4j's token buckets kept in a MongoDB collection, so every node counts against the
 * same allowance (issue 17). Bucket4j has no MongoDB back end; this is its
 * compare-and-swap one: a bucket is one document {@code {_id, state, version,
 * expiresAt}}, and every attempt is a single-document conditional write &mdash; an insert
 * that fails on the existing {@code _id}, or an update matching the {@code version} read
 * &mdash; which bucket4j retries from a fresh read when another node won. No transaction
 * is needed, so it runs on the embedded store as on a replica set.
 *
 * <p>
 * Asynchronous only, over the reactive driver: nothing here blocks a thread; the blocking
 * variants refuse. {@code expiresAt} is when the bucket would be full again (bucket4j's
 * expiration strategy); a TTL index deletes past ones on MongoDB, and
 * {@link #deleteExpired(Instant)} does it on the embedded store, which ignores TTL.
 */
public final class MongoBucketProxyManager extends AbstractCompareAndSwapBasedProxyManager<String> {

	private final ReactiveMongoTemplate mongo;

	private final String collection;

	public MongoBucketProxyManager(ReactiveMongoTemplate mongo, String collection, ClientSideConfig config) {
		super(config);
		this.mongo = mongo;
		this.collection = collection;
	}

	/** How long one take may keep losing to other writers of the same bucket. */
	static final Duration RETRY_BUDGET = Duration.ofSeconds(2);

	/** The longest pause between two tries. */
	static final Duration LONGEST_PAUSE = Duration.ofMillis(50);

	/**
	 * The defaults for Hverdag's limits: a document lives until its bucket is full, and a
	 * take that keeps losing the compare-and-swap to other writers of the same bucket (a
	 * burst from one address) pauses between tries and gives up after
	 * {@link #RETRY_BUDGET} instead of retrying at once and for ever (bucket4j's
	 * default).
	 */
	public static ClientSideConfig defaultConfig() {
		return ClientSideConfig.getDefault()
			.withExpirationAfterWriteStrategy(
					ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
			.withRequestTimeout(Duration.ofSeconds(10))
			.withRetryStrategy(MongoBucketProxyManager::retry);
	}

	/**
	 * Retries within the budget after a random pause that doubles with every lost try (1,
	 * 2, 4 ... up to 50 ms), so that writers who lost together do not collide again.
	 */
	static RetryDecision retry(RetryStrategy.RetryMetadata attempt) {
		if (attempt.getElapsedTimeNanos() >= RETRY_BUDGET.toNanos()) {
			return RetryDecision.stop();
		}
		long longest = Math.min(LONGEST_PAUSE.toNanos(),
				Duration.ofMillis(1).toNanos() << Math.min(attempt.getAttemptNumber(), 16));
		return RetryDecision
			.retryAfter(Duration.ofNanos(ThreadLocalRandom.current().nextLong(longest / 2, longest + 1)));
	}

	/**
	 * The TTL index (MongoDB deletes past buckets itself; the embedded store ignores it).
	 */
	public Mono<String> createExpiryIndex() {
		return collection().flatMap(c -> Mono.from(c.createIndex(Indexes.ascending("expiresAt"),
				new IndexOptions().name("bucket_expiry").expireAfter(0L, java.util.concurrent.TimeUnit.SECONDS))));
	}

	/** Deletes the buckets whose expiry has passed; answers how many went. */
	public Mono<Long> deleteExpired(Instant now) {
		return collection().flatMap(c -> Mono.from(c.deleteMany(Filters.lt("expiresAt", Date.from(now)))))
			.map(result -> result.getDeletedCount());
	}

	@Override
	public boolean isAsyncModeSupported() {
		return true;
	}

	@Override
	public boolean isExpireAfterWriteSupported() {
		return true;
	}

	@Override
	protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
		throw new UnsupportedOperationException("Rate-limit buckets are asynchronous only: use asAsync()");
	}

	@Override
	public void removeProxy(String key) {
		throw new UnsupportedOperationException("Rate-limit buckets are asynchronous only: use asAsync()");
	}

	@Override
	protected CompletableFuture<Void> removeAsync(String key) {
		return collection().flatMap(c -> Mono.from(c.deleteOne(Filters.eq("_id", key)))).then().toFuture();
	}

	@Override
	protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
		return new Attempt(key);
	}

	private Mono<MongoCollection<Document>> collection() {
		return this.mongo.getCollection(this.collection);
	}

	private static <T> Mono<T> within(Mono<T> call, Optional<Long> timeoutNanos) {
		return timeoutNanos.map(nanos -> call.timeout(Duration.ofNanos(nanos))).orElse(call);
	}

	/**
	 * One read-modify-write of one bucket: remembers the version it read, so the write
	 * succeeds only if nobody wrote in between.
	 */
	private final class Attempt implements AsyncCompareAndSwapOperation {

		private final String key;

		private volatile long versionRead;

		Attempt(String key) {
			this.key = key;
		}

		@Override
		public CompletableFuture<Optional<byte[]>> getStateData(Optional<Long> timeoutNanos) {
			Mono<Optional<byte[]>> read = collection()
				.flatMap(c -> Mono.from(c.find(Filters.eq("_id", this.key)).first()))
				.map(document -> {
					this.versionRead = document.getLong("version");
					return Optional.of(document.get("state", Binary.class).getData());
				})
				.defaultIfEmpty(Optional.empty());
			return within(read, timeoutNanos).toFuture();
		}

		@Override
		public CompletableFuture<Boolean> compareAndSwap(byte[] originalData, byte[] newData,
				RemoteBucketState newState, Optional<Long> timeoutNanos) {
			Date expiresAt = expiresAt(newState);
			Mono<Boolean> write;
			if (originalData == null) {
				Document bucket = new Document("_id", this.key).append("state", new Binary(newData))
					.append("version", 1L)
					.append("expiresAt", expiresAt);
				write = collection().flatMap(c -> Mono.from(c.insertOne(bucket)))
					.thenReturn(true)
					.onErrorResume(MongoBucketProxyManager::isDuplicateKey, duplicate -> Mono.just(false));
			}
			else {
				long expected = this.versionRead;
				write = collection()
					.flatMap(c -> Mono
						.from(c.updateOne(Filters.and(Filters.eq("_id", this.key), Filters.eq("version", expected)),
								Updates.combine(Updates.set("state", new Binary(newData)),
										Updates.set("expiresAt", expiresAt), Updates.set("version", expected + 1)))))
					.map(result -> result.getMatchedCount() == 1);
			}
			return within(write, timeoutNanos).toFuture();
		}

		private Date expiresAt(RemoteBucketState state) {
			long ttlMillis = getClientSideConfig().getExpirationAfterWriteStrategy()
				.map(strategy -> strategy.calculateTimeToLiveMillis(state, currentTimeNanos()))
				.orElse(Duration.ofDays(1).toMillis());
			return new Date(System.currentTimeMillis() + Math.max(0, ttlMillis));
		}

	}

	private static boolean isDuplicateKey(Throwable error) {
		return error instanceof MongoServerException server
				&& ErrorCategory.fromErrorCode(server.getCode()) == ErrorCategory.DUPLICATE_KEY;
	}

}
