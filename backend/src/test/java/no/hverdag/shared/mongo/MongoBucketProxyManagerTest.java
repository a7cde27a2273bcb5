package no.hverdag.shared.mongo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.distributed.proxy.RetryDecision;
import io.github.bucket4j.distributed.proxy.RetryStrategy;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bucket4j's buckets in a MongoDB collection, on the embedded store: two proxy managers
 * (as two nodes would have) taking from one bucket at once never give out more than its
 * capacity.
 */
@DisplayName("Rate-limit buckets in the store (compare-and-swap)")
class MongoBucketProxyManagerTest {

	private static final BucketConfiguration TEN_PER_HOUR = BucketConfiguration.builder()
		.addLimit(Bandwidth.builder().capacity(10).refillGreedy(10, Duration.ofHours(1)).build())
		.build();

	private MongoServer server;

	private MongoClient client;

	private ReactiveMongoTemplate mongo;

	@BeforeEach
	void store() {
		String secret = ProcessOnlyBackend.newSecret();
		this.server = EmbeddedMongoConfig.start(MVStore.open(null), secret);
		this.client = MongoClients.create(EmbeddedMongoConfig.clientSettings(this.server, secret));
		this.mongo = new ReactiveMongoTemplate(this.client, "hverdag");
	}

	@AfterEach
	void close() {
		this.client.close();
		this.server.shutdown();
	}

	private AsyncProxyManager<String> node() {
		return new MongoBucketProxyManager(this.mongo, "buckets", MongoBucketProxyManager.defaultConfig()).asAsync();
	}

	@Test
	@DisplayName("60 takes from a bucket of 10, at once through two managers: exactly 10 succeed")
	void neverMoreThanCapacity() {
		List<AsyncProxyManager<String>> nodes = List.of(node(), node());
		List<Boolean> taken = Flux.range(0, 60)
			.flatMap(
					i -> Mono.fromFuture(
							() -> nodes.get(i % 2).builder().build("bookings:10.0.0.1", TEN_PER_HOUR).tryConsume(1)),
					60)
			.collectList()
			.block(Duration.ofSeconds(60));

		assertThat(taken).hasSize(60);
		assertThat(taken.stream().filter(Boolean::booleanValue)).hasSize(10);
		Document bucket = this.mongo.findById("bookings:10.0.0.1", Document.class, "buckets").block();
		assertThat(bucket.getLong("version")).as("one version per successful write").isGreaterThanOrEqualTo(10);
		assertThat(bucket.getDate("expiresAt")).isAfter(java.util.Date.from(Instant.now()));
	}

	@Test
	@DisplayName("a take that keeps losing the compare-and-swap pauses a little longer each time and gives up after its budget")
	void boundedRetries() {
		long budget = MongoBucketProxyManager.RETRY_BUDGET.toNanos();
		RetryDecision first = MongoBucketProxyManager.retry(new RetryStrategy.RetryMetadata(1, "k", 0, 1_000));
		assertThat(first.shouldRetry()).isTrue();
		assertThat(first.getDelay()).isBetween(Duration.ofMillis(1), Duration.ofMillis(2));
		RetryDecision later = MongoBucketProxyManager.retry(new RetryStrategy.RetryMetadata(40, "k", 0, budget / 2));
		assertThat(later.shouldRetry()).isTrue();
		assertThat(later.getDelay()).isBetween(MongoBucketProxyManager.LONGEST_PAUSE.dividedBy(2),
				MongoBucketProxyManager.LONGEST_PAUSE);
		assertThat(MongoBucketProxyManager.retry(new RetryStrategy.RetryMetadata(41, "k", 0, budget)).shouldRetry())
			.isFalse();
	}

	@Test
	@DisplayName("a bucket given a token back on one node has it on the other")
	void tokensGivenBackAreShared() {
		AsyncProxyManager<String> first = node();
		AsyncProxyManager<String> second = node();
		for (int i = 0; i < 10; i++) {
			assertThat(first.builder().build("codes:x", TEN_PER_HOUR).tryConsume(1).join()).isTrue();
		}
		assertThat(second.builder().build("codes:x", TEN_PER_HOUR).tryConsume(1).join()).isFalse();
		second.builder().build("codes:x", TEN_PER_HOUR).addTokens(1).join();
		assertThat(first.builder().build("codes:x", TEN_PER_HOUR).tryConsume(1).join()).isTrue();
	}

	@Test
	@DisplayName("buckets past their expiry are deleted by the sweep; others stay")
	void sweepsExpired() {
		node().builder().build("sign-in:a", TEN_PER_HOUR).tryConsume(1).join();
		MongoBucketProxyManager manager = new MongoBucketProxyManager(this.mongo, "buckets",
				MongoBucketProxyManager.defaultConfig());

		assertThat(manager.deleteExpired(Instant.now()).block()).isZero();
		assertThat(manager.deleteExpired(Instant.now().plus(Duration.ofHours(2))).block()).isOne();
	}

	@Test
	@DisplayName("the blocking API refuses: nothing may block an event loop")
	void asynchronousOnly() {
		MongoBucketProxyManager manager = new MongoBucketProxyManager(this.mongo, "buckets",
				MongoBucketProxyManager.defaultConfig());
		assertThatThrownBy(() -> manager.builder().build("k", TEN_PER_HOUR).tryConsume(1))
			.isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	@DisplayName("a configured store secret must be long and URI-safe")
	void sharedSecretChecked() {
		assertThat(SharedStoreSecret.checked("a".repeat(32))).hasSize(32);
		assertThatThrownBy(() -> SharedStoreSecret.checked("short")).isInstanceOf(IllegalStateException.class)
			.hasMessageNotContaining("short");
		assertThatThrownBy(() -> SharedStoreSecret.checked("a".repeat(31) + "&"))
			.isInstanceOf(IllegalStateException.class);
	}

}
