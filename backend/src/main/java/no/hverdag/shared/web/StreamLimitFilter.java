package no.hverdag.shared.web;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Caps the live-availability streams (server-sent events) held open at once: per client
 * address and in total on this node ({@code hverdag.rate-limits.streams}). Each held
 * stream costs memory and a heartbeat; 8,000 of them slowed every other request from 0.2
 * to 16.8 s (issue 10). Past the cap the answer is 429 with {@code Retry-After} and
 * problem details in the caller's language; a stream counts from the moment it is
 * accepted until it ends or the client goes away. Always on: it protects the server, not
 * a door, so {@code hverdag.rate-limits.enabled=false} (tests firing many requests)
 * leaves it in place.
 */
@Component
class StreamLimitFilter implements WebFilter, Ordered {

	private static final PathPattern STREAMS = PathPatternParser.defaultInstance
		.parse("/api/v1/libraries/*/availability");

	private static final String RETRY_AFTER_SECONDS = "30";

	private final int perClient;

	private final int total;

	private final AtomicInteger open = new AtomicInteger();

	private final ConcurrentHashMap<String, Integer> openPerClient = new ConcurrentHashMap<>();

	private final LocalizedProblems problems;

	StreamLimitFilter(RateLimitProperties properties, LocalizedProblems problems) {
		this.perClient = properties.streams().perClient();
		this.total = properties.streams().total();
		this.problems = problems;
	}

	@Override
	public int getOrder() {
		return RateLimitFilter.ORDER + 1;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (exchange.getRequest().getMethod() != HttpMethod.GET
				|| !STREAMS.matches(exchange.getRequest().getPath().pathWithinApplication())) {
			return chain.filter(exchange);
		}
		String client = RateLimitFilter.clientOf(exchange.getRequest());
		if (!take(client)) {
			exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
			return this.problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "security.problem.tooManyStreams");
		}
		AtomicBoolean released = new AtomicBoolean();
		return chain.filter(exchange).doFinally(signal -> {
			if (released.compareAndSet(false, true)) {
				release(client);
			}
		});
	}

	private boolean take(String client) {
		if (this.open.incrementAndGet() > this.total) {
			this.open.decrementAndGet();
			return false;
		}
		// compute() is atomic per key: counting and forgetting a client never race.
		AtomicBoolean taken = new AtomicBoolean();
		this.openPerClient.compute(client, (key, count) -> {
			int now = (count != null) ? count : 0;
			if (now >= this.perClient) {
				return count;
			}
			taken.set(true);
			return now + 1;
		});
		if (!taken.get()) {
			this.open.decrementAndGet();
		}
		return taken.get();
	}

	private void release(String client) {
		this.openPerClient.compute(client, (key, count) -> (count == null || count <= 1) ? null : count - 1);
		this.open.decrementAndGet();
	}

	/** Streams open now (for tests and diagnosis). */
	int open() {
		return this.open.get();
	}

}
