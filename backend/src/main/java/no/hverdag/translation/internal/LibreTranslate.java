package no.hverdag.translation.internal;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;

/**
 * A self-hosted LibreTranslate server ({@code POST /translate} with {@code q},
 * {@code source}, {@code target}, {@code format} and an optional {@code api_key}). Off
 * unless {@code hverdag.translation.libretranslate.url} is set (docker-compose has the
 * service, not started by default): decided when the application starts, not by a bean
 * condition, so that a build-time (Spring AOT) image still reads it at run time. A
 * language pair the server refuses is not asked for again for an hour.
 */
@Component
class LibreTranslate implements Translator {

	private static final Duration REFUSED_PAIR_REST = Duration.ofHours(1);

	private final WebClient http;

	private final String apiKey;

	private final boolean enabled;

	private final Map<String, Long> refusedPairs = new ConcurrentHashMap<>();

	LibreTranslate(WebClient.Builder builder, @Value("${hverdag.translation.libretranslate.url:}") String url,
			@Value("${hverdag.translation.libretranslate.api-key:}") String apiKey) {
		this.enabled = !url.isBlank();
		this.http = this.enabled ? builder.baseUrl(url).build() : builder.build();
		this.apiKey = apiKey;
	}

	/** Whether a server URL is configured. */
	@Override
	public boolean enabled() {
		return this.enabled;
	}

	@Override
	public String name() {
		return "LibreTranslate";
	}

	@Override
	public Mono<String> translate(String text, String from, String to) {
		String pair = code(from) + ">" + code(to);
		Long refusedAt = this.refusedPairs.get(pair);
		if (refusedAt != null && System.nanoTime() - refusedAt < REFUSED_PAIR_REST.toNanos()) {
			return Mono.empty();
		}
		Map<String, String> body = new java.util.LinkedHashMap<>();
		body.put("q", text);
		body.put("source", code(from));
		body.put("target", code(to));
		body.put("format", "text");
		if (!this.apiKey.isBlank()) {
			body.put("api_key", this.apiKey);
		}
		return this.http.post()
			.uri("/translate")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.retrieve()
			.bodyToMono(Answer.class)
			.flatMap(answer -> Mono.justOrEmpty(answer.translatedText()))
			.onErrorResume(WebClientResponseException.BadRequest.class, refused -> {
				// LibreTranslate answers 400 for a language it does not have.
				this.refusedPairs.put(pair, System.nanoTime());
				return Mono.empty();
			});
	}

	/**
	 * The platform's Norwegian is LibreTranslate's {@code nb}; nynorsk has no model
	 * there.
	 */
	static String code(String language) {
		return NORWEGIAN.contains(language) ? "nb" : language;
	}

	private static final Set<String> NORWEGIAN = Set.of("nb", "nn", "no");

	/** The part of the server's answer used here. */
	record Answer(String translatedText) {
	}

}
