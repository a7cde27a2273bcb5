package no.hverdag.shared.web;

import java.util.Set;

import no.hverdag.shared.StartupGate;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * While start-up work still runs in the background (the search index, issue 18), a write
 * waits for it instead of being handled: an activity saved and indexed during the
 * start-up rebuild could otherwise be overwritten in the index by the older copy the
 * rebuild read a moment before. Reads pass (a search waits on its own, see
 * {@code ActivityCatalogue}); readiness keeps load balancers away meanwhile, so only a
 * node without one ever queues anything, and only for the seconds the rebuild takes.
 */
@Component
class StartupWriteGate implements WebFilter, Ordered {

	private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
			HttpMethod.TRACE);

	private final StartupGate gate;

	StartupWriteGate(StartupGate gate) {
		this.gate = gate;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (this.gate.isOpen() || READS.contains(exchange.getRequest().getMethod())) {
			return chain.filter(exchange);
		}
		return this.gate.ready().then(Mono.defer(() -> chain.filter(exchange)));
	}

	/** Before rate limits and security: a held-back write has not been counted yet. */
	@Override
	public int getOrder() {
		return RateLimitFilter.ORDER - 10;
	}

}
