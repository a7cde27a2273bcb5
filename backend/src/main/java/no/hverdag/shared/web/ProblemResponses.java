package no.hverdag.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;

/**
 * RFC 9457 problem details written straight to the response, for the places that answer
 * before any controller does: the security chain, kiosk authentication, rate limits,
 * unknown routes. One place, so every one of them escapes its text the same way.
 */
public final class ProblemResponses {

	private ProblemResponses() {
	}

	public static Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String detail) {
		ServerHttpResponse response = exchange.getResponse();
		response.setStatusCode(status);
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		byte[] body = body(status, detail, exchange.getRequest().getPath().value());
		return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(body)));
	}

	public static byte[] body(HttpStatusCode status, String detail, String instance) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status instanceof org.springframework.http.HttpStatus known ? known.getReasonPhrase()
				: Integer.toString(status.value()));
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("instance", instance);
		return JsonMapper.shared().writeValueAsBytes(problem);
	}

}
