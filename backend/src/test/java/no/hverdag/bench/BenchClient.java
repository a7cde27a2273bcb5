package no.hverdag.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import reactor.core.publisher.Hooks;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufMono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.security.core.context.SecurityContext;

/**
 * The booking benchmarks' load generator, as light as it can be so that the CPU it takes
 * in the same JVM does not hide the service's: Reactor Netty's client straight, with the
 * JSON body written as a string, instead of a {@code WebClient} that encodes a map with
 * Jackson and wraps every exchange in its own operators. The server still reads, parses,
 * validates and answers every request in full, over real HTTP on loopback; only the
 * client's own overhead is smaller (docs/performance.md, "Second round (session 6)").
 */
final class BenchClient {

	private final HttpClient http;

	BenchClient(String name, int port, int connections) {
		this.http = HttpClient
			.create(ConnectionProvider.builder(name)
				.maxConnections(connections)
				.pendingAcquireMaxCount(-1)
				.pendingAcquireTimeout(Duration.ofMinutes(5))
				.build())
			.baseUrl("http://127.0.0.1:" + port)
			.headers(headers -> headers.set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON));
	}

	/** One booking attempt; the answer's status code, its body read and dropped. */
	Mono<Integer> book(String slotId, String firstName, String contact) {
		String json = "{\"firstName\":\"" + firstName + "\",\"contact\":\"" + contact + "\"}";
		return this.http.post()
			.uri("/api/v1/slots/" + slotId + "/bookings")
			.send(ByteBufMono.fromString(Mono.just(json), StandardCharsets.UTF_8,
					io.netty.buffer.ByteBufAllocator.DEFAULT))
			.responseSingle((response, content) -> content.then(Mono.just(response.status().code())));
	}

	/**
	 * Spring Security's test support lifts every Reactor operator of the JVM (server
	 * included) into one that carries a test security context; a production server has no
	 * such hook, so the benchmark removes it before measuring.
	 */
	static void withoutTestSecurityHook() {
		Hooks.resetOnLastOperator(SecurityContext.class.getName());
	}

}
