package no.hverdag.notifications.internal;

import java.time.Duration;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * An SMS gateway reached over HTTP: POSTs {@code {"to": ..., "text": ..., "sender": ...}}
 * as JSON with a bearer token. Most Norwegian SMS providers take this shape or a close
 * variant; adapt here, nowhere else.
 */
class HttpSmsGateway implements SmsGateway {

	private final WebClient http;

	private final String sender;

	HttpSmsGateway(WebClient.Builder builder, String url, String token, String sender) {
		this.http = builder.baseUrl(url).defaultHeaders(headers -> headers.setBearerAuth(token)).build();
		this.sender = sender;
	}

	@Override
	public Mono<Void> send(String phoneNumber, String text) {
		return this.http.post()
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("to", phoneNumber, "text", text, "sender", this.sender))
			.retrieve()
			.toBodilessEntity()
			.timeout(Duration.ofSeconds(10))
			.then();
	}

}
