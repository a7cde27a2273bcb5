package no.hverdag.shared.web;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.bucket4j.TimeMeter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.WebFilterChain;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Report this listing" (issue 12) is limited per client address like the other public
 * writes, on its own allowance: ten an hour by default, page and API together, and
 * another address is not affected.
 */
class ListingReportRateLimitTest {

	private final AtomicInteger passed = new AtomicInteger();

	private final WebFilterChain chain = exchange -> {
		this.passed.incrementAndGet();
		return Mono.empty();
	};

	private final TimeMeter frozen = new TimeMeter() {

		@Override
		public long currentTimeNanos() {
			return Duration.ofDays(1).toNanos();
		}

		@Override
		public boolean isWallClockBased() {
			return false;
		}

	};

	@Test
	@DisplayName("the 11th report from one address within an hour is refused with 429; another address still may")
	void eleventhReportIsRefused() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage(RateLimitFilter.MESSAGE_KEY, Locale.forLanguageTag("nb"), "For mange forsøk.");
		RateLimitFilter filter = new RateLimitFilter(RateLimitProperties.defaults(), messages, this.frozen);
		for (int i = 0; i < 5; i++) {
			assertThat(send(filter, "/activities/a/report", "192.0.2.10")).isNotEqualTo(HttpStatus.TOO_MANY_REQUESTS);
			assertThat(send(filter, "/api/v1/activities/a/reports", "192.0.2.10"))
				.isNotEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		}
		assertThat(send(filter, "/activities/b/report", "192.0.2.10")).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(this.passed).hasValue(10);
		assertThat(send(filter, "/activities/b/report", "198.51.100.20")).isNotEqualTo(HttpStatus.TOO_MANY_REQUESTS);
	}

	private HttpStatus send(RateLimitFilter filter, String path, String address) {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post(path)
			.remoteAddress(new InetSocketAddress(address, 40000))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "nb")
			.build());
		filter.filter(exchange, this.chain).block(Duration.ofSeconds(5));
		return exchange.getResponse().getStatusCode() == null ? HttpStatus.OK
				: HttpStatus.valueOf(exchange.getResponse().getStatusCode().value());
	}

}
