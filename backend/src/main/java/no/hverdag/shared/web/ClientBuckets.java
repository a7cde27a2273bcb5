package no.hverdag.shared.web;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import reactor.core.publisher.Mono;

/**
 * The token buckets of one named limit, one bucket per client, in memory on this node:
 * {@code hverdag.rate-limits.store=memory}, for a single node that wants no store round
 * trip per request (the default keeps them in the store, {@link SharedBuckets}).
 *
 * <p>
 * Bounded two ways, so that an attacker cycling through addresses cannot exhaust memory:
 * <ul>
 * <li>At most {@code maxClients} buckets: the map is kept in least-recently-used order
 * and adding one more forgets the client seen longest ago. (Forgetting a bucket only ever
 * gives that client a fresh allowance; someone who controls that many addresses is not
 * stopped by a per-address limit anyway.)</li>
 * <li>{@link #pruneIdle()}, run periodically, drops the buckets of clients idle for at
 * least the limit's period. By then a greedily refilled bucket is full again, so dropping
 * it loses nothing. Because the map is in access order, pruning walks from the stalest
 * entry and stops at the first one still in use: it costs only what it removes.</li>
 * </ul>
 * The map is guarded by its own monitor for the few map operations (no I/O, nothing that
 * waits); the token count itself is taken outside it, by bucket4j's lock-free bucket.
 */
final class ClientBuckets implements LimitBuckets {

	private final String name;

	private final Bandwidth bandwidth;

	private final long idleNanos;

	private final TimeMeter time;

	private final LinkedHashMap<String, Entry> buckets;

	ClientBuckets(String name, RateLimitProperties.Limit limit, int maxClients, TimeMeter time) {
		this.name = name;
		this.bandwidth = Bandwidth.builder()
			.capacity(limit.capacity())
			.refillGreedy(limit.capacity(), limit.period())
			.build();
		this.idleNanos = limit.period().toNanos();
		this.time = time;
		this.buckets = new LinkedHashMap<>(16, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
				return size() > maxClients;
			}

		};
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public Mono<ConsumptionProbe> consume(String client) {
		return Mono.fromSupplier(() -> tryConsume(client));
	}

	@Override
	public Mono<Void> giveBack(String client) {
		return Mono.fromRunnable(() -> refund(client));
	}

	/** Takes one token from the client's bucket, if there is one to take. */
	ConsumptionProbe tryConsume(String client) {
		Bucket bucket;
		synchronized (this.buckets) {
			Entry entry = this.buckets.get(client);
			if (entry == null) {
				entry = new Entry(Bucket.builder().addLimit(this.bandwidth).withCustomTimePrecision(this.time).build());
				this.buckets.put(client, entry);
			}
			entry.lastSeenNanos = this.time.currentTimeNanos();
			bucket = entry.bucket;
		}
		return bucket.tryConsumeAndReturnRemaining(1);
	}

	/**
	 * Gives one token back to a client that still has a bucket: for a request that turned
	 * out to cost nothing (refused as unusable).
	 */
	void refund(String client) {
		Entry entry;
		synchronized (this.buckets) {
			entry = this.buckets.get(client);
		}
		if (entry != null) {
			entry.bucket.addTokens(1);
		}
	}

	/** Forgets the clients not seen for at least the limit's period. */
	@Override
	public void pruneIdle() {
		forgetIdle();
	}

	/**
	 * As {@link #pruneIdle()}.
	 * @return how many were forgotten
	 */
	int forgetIdle() {
		int removed = 0;
		synchronized (this.buckets) {
			long now = this.time.currentTimeNanos();
			Iterator<Entry> stalestFirst = this.buckets.values().iterator();
			while (stalestFirst.hasNext() && now - stalestFirst.next().lastSeenNanos >= this.idleNanos) {
				stalestFirst.remove();
				removed++;
			}
		}
		return removed;
	}

	/** How many clients this limit currently remembers. */
	@Override
	public int size() {
		synchronized (this.buckets) {
			return this.buckets.size();
		}
	}

	private static final class Entry {

		final Bucket bucket;

		long lastSeenNanos;

		Entry(Bucket bucket) {
			this.bucket = bucket;
		}

	}

}
