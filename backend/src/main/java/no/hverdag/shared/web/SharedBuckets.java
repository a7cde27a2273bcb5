package no.hverdag.shared.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import reactor.core.publisher.Mono;

/**
 * The buckets of one named limit kept in the store (issue 17): every node takes from the
 * same bucket, so two nodes do not give a client twice the allowance. Each take is one
 * compare-and-swap on the bucket's document
 * ({@link no.hverdag.shared.mongo.MongoBucketProxyManager}); nothing blocks.
 */
final class SharedBuckets implements LimitBuckets {

	private final String name;

	private final BucketConfiguration configuration;

	private final AsyncProxyManager<String> buckets;

	SharedBuckets(String name, RateLimitProperties.Limit limit, AsyncProxyManager<String> buckets) {
		this.name = name;
		this.configuration = BucketConfiguration.builder()
			.addLimit(Bandwidth.builder()
				.capacity(limit.capacity())
				.refillGreedy(limit.capacity(), limit.period())
				.build())
			.build();
		this.buckets = buckets;
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public Mono<ConsumptionProbe> consume(String client) {
		return Mono.fromFuture(
				() -> this.buckets.builder().build(key(client), this.configuration).tryConsumeAndReturnRemaining(1));
	}

	@Override
	public Mono<Void> giveBack(String client) {
		return Mono.fromFuture(() -> this.buckets.builder().build(key(client), this.configuration).addTokens(1));
	}

	/** The limit's name and the client: each limit keeps its own buckets. */
	private String key(String client) {
		return this.name + ":" + client;
	}

}
