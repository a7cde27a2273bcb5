package no.hverdag.shared.web;

import io.github.bucket4j.ConsumptionProbe;
import reactor.core.publisher.Mono;

/**
 * The token buckets of one named limit, one per client: in this node's memory
 * ({@link ClientBuckets}) or in the store, shared by every node ({@link SharedBuckets}).
 */
interface LimitBuckets {

	String name();

	/** Takes one token from the client's bucket, if there is one to take. */
	Mono<ConsumptionProbe> consume(String client);

	/** Gives one token back, for a request that turned out to cost nothing. */
	Mono<Void> giveBack(String client);

	/** Forgets idle clients (memory only; the store expires its own). */
	default void pruneIdle() {
	}

	/** How many clients this node remembers (memory only). */
	default int size() {
		return 0;
	}

}
