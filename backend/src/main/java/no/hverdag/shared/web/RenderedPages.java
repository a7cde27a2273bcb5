package no.hverdag.shared.web;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import no.hverdag.shared.mongo.StoreWrites;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Rendered pages for anonymous visitors, kept a few seconds (issue 18). The search page
 * costs about eight times a light API answer to render (Thymeleaf's per-element work, a
 * filter form of fifty fields with counts, cards), and most visitors are not signed in
 * and ask what others asked moments before. A page is given again only when everything it
 * was made from is the same: the same path and query string, the same language, no
 * signed-in visitor, no write to the store on this node since ({@link StoreWrites}), the
 * same {@link CacheablePage#dataVersion()}, the same minute; and for at most {@code ttl},
 * which bounds what another node's writes and the clock (a start time passing) can leave
 * stale. Runs after Spring Security, so security headers, rate limits and authorisation
 * apply to every answer; what a handler would add beyond the body (a cookie) is not
 * repeated, which is why a page declares itself cacheable only when its anonymous body
 * carries nothing of the visitor's own.
 */
class RenderedPages implements WebFilter, Ordered {

	/** After Spring Security's filter chain (order -100). */
	static final int ORDER = 0;

	private final Map<String, CacheablePage> pages;

	private final StoreWrites writes;

	private final Clock clock;

	private final Cache<String, Rendered> cache;

	private final boolean enabled;

	private final Counter hits = counter("hit");

	private final Counter misses = counter("miss");

	RenderedPages(List<CacheablePage> pages, StoreWrites writes, Clock clock, Duration ttl, long maxBytes) {
		this.pages = pages.stream().collect(Collectors.toUnmodifiableMap(CacheablePage::path, Function.identity()));
		this.writes = writes;
		this.clock = clock;
		this.enabled = !ttl.isZero() && !ttl.isNegative() && maxBytes > 0;
		this.cache = Caffeine.newBuilder()
			.expireAfterWrite(this.enabled ? ttl : Duration.ofSeconds(1))
			.maximumWeight(Math.max(1, maxBytes))
			.<String, Rendered>weigher((key, page) -> key.length() * 2 + page.body().length)
			.recordStats()
			.build();
	}

	/** A page as it was sent: its type, its language and its bytes. */
	private record Rendered(String contentType, List<String> contentLanguage, byte[] body) {
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (!this.enabled || exchange.getRequest().getMethod() != HttpMethod.GET) {
			return chain.filter(exchange);
		}
		CacheablePage page = this.pages.get(exchange.getRequest().getPath().pathWithinApplication().value());
		if (page == null) {
			return chain.filter(exchange);
		}
		return exchange.getPrincipal()
			.map(principal -> principal instanceof AnonymousAuthenticationToken)
			.defaultIfEmpty(true)
			.flatMap(anonymous -> anonymous ? anonymous(exchange, chain, page) : chain.filter(exchange));
	}

	private Mono<Void> anonymous(ServerWebExchange exchange, WebFilterChain chain, CacheablePage page) {
		// Read before anything is rendered: a write after this moment changes the key.
		String key = key(exchange, page);
		Rendered rendered = this.cache.getIfPresent(key);
		if (rendered != null) {
			this.hits.increment();
			ServerHttpResponse response = exchange.getResponse();
			response.setStatusCode(HttpStatus.OK);
			response.getHeaders().set(HttpHeaders.CONTENT_TYPE, rendered.contentType());
			if (!rendered.contentLanguage().isEmpty()) {
				response.getHeaders().put(HttpHeaders.CONTENT_LANGUAGE, rendered.contentLanguage());
			}
			response.getHeaders().setContentLength(rendered.body().length);
			return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(rendered.body())));
		}
		this.misses.increment();
		return chain.filter(exchange.mutate().response(new Keeping(exchange.getResponse(), key)).build());
	}

	/** How many answers were a kept page (for tests: the meter may have no registry). */
	long hits() {
		return this.cache.stats().hitCount();
	}

	private String key(ServerWebExchange exchange, CacheablePage page) {
		Locale locale = exchange.getLocaleContext().getLocale();
		String query = exchange.getRequest().getURI().getRawQuery();
		// The minute: a start time passing changes the cards ("next time") within it.
		long minute = this.clock.millis() / 60_000;
		return page.path() + '?' + (query == null ? "" : query) + '|' + (locale == null ? "" : locale.toLanguageTag())
				+ '|' + this.writes.version() + '|' + page.dataVersion().getAsLong() + '|' + minute;
	}

	/**
	 * The response of a miss, keeping a copy of a whole 200 HTML page as it is written.
	 */
	private final class Keeping extends ServerHttpResponseDecorator {

		private final String key;

		Keeping(ServerHttpResponse delegate, String key) {
			super(delegate);
			this.key = key;
		}

		@Override
		public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
			return DataBufferUtils.join(body).flatMap(joined -> {
				keep(joined);
				// Whole already: say how long, as a kept page does.
				getHeaders().setContentLength(joined.readableByteCount());
				return super.writeWith(Mono.just(joined));
			});
		}

		private void keep(DataBuffer joined) {
			HttpStatusCode status = getStatusCode();
			MediaType type = getHeaders().getContentType();
			if (status != null && status.value() != HttpStatus.OK.value() || type == null
					|| !MediaType.TEXT_HTML.isCompatibleWith(type)) {
				return;
			}
			byte[] bytes = new byte[joined.readableByteCount()];
			joined.toByteBuffer(joined.readPosition(), ByteBuffer.wrap(bytes), 0, bytes.length);
			List<String> language = getHeaders().get(HttpHeaders.CONTENT_LANGUAGE);
			RenderedPages.this.cache.put(this.key,
					new Rendered(type.toString(), language == null ? List.of() : List.copyOf(language), bytes));
		}

	}

	private static Counter counter(String outcome) {
		return Counter.builder("hverdag.pages.cache")
			.description("Anonymous page requests answered from a kept rendering (hit) or rendered (miss)")
			.tag("outcome", outcome)
			.register(Metrics.globalRegistry);
	}

}
