package no.hverdag.shared.web;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.TimeMeter;
import no.hverdag.shared.StartupStep;
import no.hverdag.shared.mongo.MongoBucketProxyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Where the rate limits keep their buckets ({@code hverdag.rate-limits.store}):
 * {@code shared} (the default) in the store's {@code rate_limit_buckets} collection, so
 * that every node counts against the same allowance (issue 17); {@code memory} in this
 * node's memory, right only for a single node.
 */
@FunctionalInterface
interface RateLimitStore {

	String COLLECTION = "rate_limit_buckets";

	LimitBuckets limit(String name, RateLimitProperties.Limit limit);

	/** In this node's memory, bounded to {@code maxClients} per limit. */
	static RateLimitStore inMemory(int maxClients, TimeMeter time) {
		return (name, limit) -> new ClientBuckets(name, limit, maxClients, time);
	}

	@Configuration(proxyBeanMethods = false)
	class Choice {

		@Bean
		RateLimitStore rateLimitStore(@Value("${hverdag.rate-limits.store:shared}") String store,
				RateLimitProperties properties, ReactiveMongoTemplate mongo) {
			return switch (store) {
				case "memory" -> inMemory(properties.maxClients(), TimeMeter.SYSTEM_NANOTIME);
				case "shared" -> {
					MongoBucketProxyManager buckets = new MongoBucketProxyManager(mongo, COLLECTION,
							MongoBucketProxyManager.defaultConfig());
					yield (name, limit) -> new SharedBuckets(name, limit, buckets.asAsync());
				}
				default -> throw new IllegalStateException(
						"hverdag.rate-limits.store must be 'shared' or 'memory', not '" + store + "'");
			};
		}

		/** MongoDB deletes buckets past their expiry itself once this index exists. */
		@Bean
		StartupStep rateLimitBucketExpiryIndex(ReactiveMongoTemplate mongo) {
			return new StartupStep() {

				@Override
				protected Mono<?> run() {
					return new MongoBucketProxyManager(mongo, COLLECTION, MongoBucketProxyManager.defaultConfig())
						.createExpiryIndex();
				}

				@Override
				public int getPhase() {
					return SCHEMA;
				}

			};
		}

	}

	/**
	 * Deletes expired buckets every few minutes: the embedded store ignores TTL indexes.
	 * A deleted bucket was full again anyway, so nobody loses or gains anything.
	 */
	@Component
	class Sweeper {

		private static final Logger log = LoggerFactory.getLogger(Sweeper.class);

		private final MongoBucketProxyManager buckets;

		Sweeper(ReactiveMongoTemplate mongo) {
			this.buckets = new MongoBucketProxyManager(mongo, COLLECTION, MongoBucketProxyManager.defaultConfig());
		}

		@Scheduled(fixedDelay = 5, initialDelay = 1, timeUnit = TimeUnit.MINUTES)
		void sweepNow() {
			this.buckets.deleteExpired(Instant.now())
				.subscribe(deleted -> log.debug("Deleted {} expired rate-limit buckets", deleted),
						error -> log.warn("Sweeping rate-limit buckets failed; the next run tries again", error));
		}

	}

}
