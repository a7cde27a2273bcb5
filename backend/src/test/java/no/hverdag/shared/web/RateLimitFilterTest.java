package no.hverdag.shared.web;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import no.hverdag.shared.web.RateLimitProperties.Limit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.WebFilterChain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("The rate limit filter")
class RateLimitFilterTest {

	private static final String NB_TEXT = "For mange forsøk. Vent litt og prøv igjen.";

	private static final String EN_TEXT = "Too many attempts. Please wait a little and try again.";

	private static final String AR_TEXT = "محاولات كثيرة جدًا. انتظر قليلًا ثم حاول مرة أخرى.";

	private static final String ALICE = "192.0.2.10";

	private static final String BOB = "198.51.100.20";

	private final AtomicLong nanos = new AtomicLong(TimeUnit.DAYS.toNanos(1));

	private final TimeMeter clock = new TimeMeter() {

		@Override
		public long currentTimeNanos() {
			return RateLimitFilterTest.this.nanos.get();
		}

		@Override
		public boolean isWallClockBased() {
			return false;
		}

	};

	private final AtomicInteger passedThrough = new AtomicInteger();

	private final WebFilterChain chain = exchange -> {
		this.passedThrough.incrementAndGet();
		return Mono.empty();
	};

	private static StaticMessageSource bundles() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage(RateLimitFilter.MESSAGE_KEY, Locale.forLanguageTag("nb"), NB_TEXT);
		messages.addMessage(RateLimitFilter.MESSAGE_KEY, Locale.ENGLISH, EN_TEXT);
		messages.addMessage(RateLimitFilter.MESSAGE_KEY, Locale.forLanguageTag("ar"), AR_TEXT);
		return messages;
	}

	/** Small, different limits, so each is easy to exhaust and to tell apart. */
	private static RateLimitProperties small() {
		return new RateLimitProperties(true, new Limit(2, Duration.ofMinutes(10)), new Limit(3, Duration.ofMinutes(5)),
				new Limit(4, Duration.ofMinutes(1)), 1_000);
	}

	private RateLimitFilter filter(RateLimitProperties properties) {
		return new RateLimitFilter(properties, bundles(), this.clock);
	}

	private static MockServerHttpRequest.BaseBuilder<?> from(MockServerHttpRequest.BaseBuilder<?> request,
			String address) {
		return request.remoteAddress(new InetSocketAddress(address, 40000)).header(HttpHeaders.ACCEPT_LANGUAGE, "nb");
	}

	private static MockServerHttpRequest.BaseBuilder<?> codeRequest(String address) {
		return from(MockServerHttpRequest.post("/login/code/request"), address);
	}

	private static MockServerHttpRequest.BaseBuilder<?> apiBooking(String address) {
		return from(MockServerHttpRequest.post("/api/v1/slots/{slot}/bookings", "slot-1"), address);
	}

	private MockServerWebExchange send(RateLimitFilter filter, MockServerHttpRequest.BaseBuilder<?> request) {
		MockServerWebExchange exchange = MockServerWebExchange.from(request.build());
		filter.filter(exchange, this.chain).block(Duration.ofSeconds(5));
		return exchange;
	}

	private static boolean refused(MockServerWebExchange exchange) {
		return exchange.getResponse().getStatusCode() == HttpStatus.TOO_MANY_REQUESTS;
	}

	private int passedAfter(Runnable requests) {
		int before = this.passedThrough.get();
		requests.run();
		return this.passedThrough.get() - before;
	}

	private void advance(Duration duration) {
		this.nanos.addAndGet(duration.toNanos());
	}

	@Test
	@DisplayName("when the bucket cannot be checked (the store is away, or a burst kept losing the compare-and-swap) the request is asked to come back in a second, not let through and not answered with 500")
	void bucketThatFailsRefusesBriefly() {
		RateLimitStore failing = (name, limit) -> new LimitBuckets() {

			@Override
			public String name() {
				return name;
			}

			@Override
			public Mono<ConsumptionProbe> consume(String client) {
				return Mono.error(new IllegalStateException("store away"));
			}

			@Override
			public Mono<Void> giveBack(String client) {
				return Mono.empty();
			}

		};
		RateLimitFilter filter = new RateLimitFilter(small(), bundles(), failing, null);
		int passed = passedAfter(() -> {
			MockServerWebExchange exchange = send(filter, codeRequest(ALICE));
			assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
			assertThat(exchange.getResponse().getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
		});
		assertThat(passed).isZero();
	}

	@Test
	@DisplayName("an error in handling an allowed request stays that request's error, never a 429")
	void handlerErrorIsNotARefusal() {
		RateLimitFilter filter = filter(small());
		MockServerWebExchange exchange = MockServerWebExchange.from(codeRequest(ALICE).build());
		assertThatThrownBy(
				() -> filter.filter(exchange, allowed -> Mono.error(new IllegalStateException("handler failed")))
					.block(Duration.ofSeconds(5)))
			.hasMessageContaining("handler failed");
		assertThat(exchange.getResponse().getStatusCode()).isNotEqualTo(HttpStatus.TOO_MANY_REQUESTS);
	}

	@Test
	@DisplayName("refuses the 31st code request from one address within 15 minutes with 429, Retry-After in whole seconds and a page in the user's language")
	void sixthCodeRequestIsRefused() {
		RateLimitFilter filter = filter(RateLimitProperties.defaults());
		for (int i = 1; i <= 30; i++) {
			MockServerWebExchange allowed = send(filter, codeRequest(ALICE));
			assertThat(refused(allowed)).as("code request %d", i).isFalse();
		}
		assertThat(this.passedThrough).hasValue(30);

		MockServerWebExchange sixth = send(filter, codeRequest(ALICE));

		assertThat(this.passedThrough).as("the refused request never reaches the chain").hasValue(30);
		assertThat(sixth.getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		// 30 per 15 minutes, refilled greedily: the next code is 30 seconds away.
		assertThat(sixth.getResponse().getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("30");
		assertThat(sixth.getResponse().getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
		assertThat(sixth.getResponse().getBodyAsString().block()).contains("<html lang=\"nb\" dir=\"ltr\">")
			.contains("<h1>" + NB_TEXT + "</h1>");
	}

	@Test
	@DisplayName("sends the security headers itself, since Spring Security never sees a refused request")
	void refusalCarriesSecurityHeaders() {
		RateLimitFilter filter = filter(small());
		MockServerHttpRequest.BaseBuilder<?> overHttps = from(
				MockServerHttpRequest.post("https://hverdag.example/login/code/request"), ALICE);
		send(filter, overHttps);
		send(filter, overHttps);

		HttpHeaders headers = send(filter, overHttps).getResponse().getHeaders();

		assertThat(headers.getFirst("Content-Security-Policy")).contains("default-src 'none'")
			.contains("frame-ancestors 'none'");
		assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
		assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(headers.getFirst("Strict-Transport-Security")).contains("max-age=31536000");
		assertThat(headers.getCacheControl()).isEqualTo("no-store");
	}

	@Test
	@DisplayName("answers an API client over its limit with problem details in its language and Retry-After of at least 1")
	void apiAnswersProblemDetails() {
		RateLimitFilter filter = filter(small());
		for (int i = 0; i < 4; i++) {
			send(filter, apiBooking(ALICE));
		}

		MockServerWebExchange fifth = send(filter,
				MockServerHttpRequest.post("/api/v1/slots/{slot}/bookings", "slot-1")
					.remoteAddress(new InetSocketAddress(ALICE, 40001))
					.header(HttpHeaders.ACCEPT_LANGUAGE, "en"));

		assertThat(fifth.getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(Long.parseLong(fifth.getResponse().getHeaders().getFirst(HttpHeaders.RETRY_AFTER)))
			.isGreaterThanOrEqualTo(1);
		assertThat(fifth.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(fifth.getResponse().getBodyAsString().block())
			.isEqualTo("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,\"detail\":\""
					+ EN_TEXT + "\",\"instance\":\"/api/v1/slots/slot-1/bookings\"}");
	}

	@Test
	@DisplayName("rounds Retry-After up to whole seconds, never below 1, and lets the client in again once a token is back")
	void retryAfterRoundsUp() {
		RateLimitFilter filter = filter(RateLimitProperties.defaults());
		for (int i = 0; i < 60; i++) {
			send(filter, apiBooking(ALICE));
		}
		// 60 per minute: one booking comes back every second.
		assertThat(send(filter, apiBooking(ALICE)).getResponse().getHeaders().getFirst(HttpHeaders.RETRY_AFTER))
			.isEqualTo("1");

		advance(Duration.ofMillis(900));
		assertThat(send(filter, apiBooking(ALICE)).getResponse().getHeaders().getFirst(HttpHeaders.RETRY_AFTER))
			.as("100 ms left")
			.isEqualTo("1");

		advance(Duration.ofMillis(100));
		assertThat(refused(send(filter, apiBooking(ALICE)))).isFalse();
	}

	@Test
	@DisplayName("does not hold one address's flood against another address")
	void otherAddressesAreNotAffected() {
		RateLimitFilter filter = filter(small());
		for (int i = 0; i < 10; i++) {
			send(filter, codeRequest(ALICE));
		}
		assertThat(refused(send(filter, codeRequest(ALICE)))).isTrue();

		assertThat(passedAfter(() -> {
			assertThat(refused(send(filter, codeRequest(BOB)))).isFalse();
			assertThat(refused(send(filter, codeRequest(BOB)))).isFalse();
		})).isEqualTo(2);
		assertThat(refused(send(filter, codeRequest(BOB)))).as("Bob's own limit still holds").isTrue();
	}

	@Test
	@DisplayName("never limits other paths or other methods on the limited paths")
	void otherPathsAreNeverLimited() {
		RateLimitFilter filter = filter(small());
		List<MockServerHttpRequest.BaseBuilder<?>> unlimited = List.of(MockServerHttpRequest.get("/"),
				MockServerHttpRequest.get("/?q=språkkafé"), MockServerHttpRequest.get("/api/v1/activities"),
				MockServerHttpRequest.get("/login"), MockServerHttpRequest.get("/login/ott"),
				MockServerHttpRequest.get("/login/code/request"), MockServerHttpRequest.post("/login/code"),
				MockServerHttpRequest.get("/api/v1/slots/slot-1/bookings"),
				MockServerHttpRequest.get("/kiosk/library-1/slots/slot-1/bookings"),
				MockServerHttpRequest.post("/api/v1/slots/slot-1"), MockServerHttpRequest.post("/logout"),
				MockServerHttpRequest.post("/coordinator/organisations/o-1/approve"));

		int passed = passedAfter(() -> {
			for (int round = 0; round < 50; round++) {
				for (MockServerHttpRequest.BaseBuilder<?> request : unlimited) {
					assertThat(refused(send(filter, from(request, ALICE)))).isFalse();
				}
			}
		});

		assertThat(passed).isEqualTo(50 * unlimited.size());
		assertThat(filter.clientsRemembered()).as("no bucket for unlimited paths").allSatisfy((name, size) -> {
			assertThat(size).isZero();
		});
	}

	@Test
	@DisplayName("keeps the three limits independent: codes, sign-in attempts (one-time token and OIDC callback) and bookings (kiosk and API)")
	void limitsAreIndependent() {
		RateLimitFilter filter = filter(small());

		// Codes: 2.
		assertThat(passedAfter(() -> {
			for (int i = 0; i < 5; i++) {
				send(filter, codeRequest(ALICE));
			}
		})).isEqualTo(2);

		// Sign-in attempts: 3, shared by the one-time-token form and the OIDC callback.
		assertThat(passedAfter(() -> {
			send(filter, from(MockServerHttpRequest.post("/login/ott"), ALICE));
			send(filter, from(MockServerHttpRequest.get("/login/oauth2/code/idporten?code=abc&state=x"), ALICE));
			send(filter, from(MockServerHttpRequest.post("/login/oauth2/code/idporten"), ALICE));
			send(filter, from(MockServerHttpRequest.get("/login/oauth2/code/idporten?code=def&state=y"), ALICE));
			send(filter, from(MockServerHttpRequest.post("/login/ott"), ALICE));
		})).isEqualTo(3);
		assertThat(refused(send(filter, codeRequest(ALICE)))).as("codes still exhausted").isTrue();

		// Bookings: 4, shared by the kiosk and the API.
		assertThat(passedAfter(() -> {
			send(filter, from(MockServerHttpRequest.post("/kiosk/library-1/slots/slot-1/bookings"), ALICE));
			send(filter, apiBooking(ALICE));
			send(filter, from(MockServerHttpRequest.post("/kiosk/library-2/slots/slot-9/bookings"), ALICE));
			send(filter, apiBooking(ALICE));
			send(filter, from(MockServerHttpRequest.post("/kiosk/library-1/slots/slot-1/bookings"), ALICE));
			send(filter, apiBooking(ALICE));
		})).isEqualTo(4);

		assertThat(refused(send(filter, from(MockServerHttpRequest.post("/login/ott"), ALICE)))).isTrue();
		assertThat(filter.clientsRemembered()).containsEntry("codes", 1)
			.containsEntry("sign-in", 1)
			.containsEntry("bookings", 1);

		// Bookings come back after their minute; codes and sign-in attempts take longer.
		advance(Duration.ofMinutes(1));
		assertThat(refused(send(filter, apiBooking(ALICE)))).isFalse();
		assertThat(refused(send(filter, codeRequest(ALICE)))).isTrue();
		assertThat(refused(send(filter, from(MockServerHttpRequest.post("/login/ott"), ALICE)))).isTrue();
	}

	@Test
	@DisplayName("forgets the buckets of clients idle for longer than their limit's window, and keeps the active ones")
	void idleBucketsArePruned() {
		RateLimitFilter filter = filter(small());
		send(filter, codeRequest(ALICE));
		send(filter, codeRequest(ALICE));
		send(filter, apiBooking(ALICE));
		send(filter, apiBooking(BOB));
		assertThat(filter.clientsRemembered()).containsEntry("codes", 1).containsEntry("bookings", 2);

		advance(Duration.ofSeconds(50));
		send(filter, apiBooking(BOB));
		advance(Duration.ofSeconds(10));
		filter.pruneIdle();

		// Bookings' window is a minute: Alice is forgotten, Bob was here 10 s ago. Codes'
		// window is 10 minutes: Alice's empty code bucket stays.
		assertThat(filter.clientsRemembered()).containsEntry("codes", 1).containsEntry("bookings", 1);
		assertThat(refused(send(filter, codeRequest(ALICE)))).isTrue();

		advance(Duration.ofMinutes(10));
		filter.pruneIdle();
		assertThat(filter.clientsRemembered()).containsEntry("codes", 0).containsEntry("bookings", 0);
		assertThat(refused(send(filter, codeRequest(ALICE))))
			.as("a forgotten client starts afresh, as after its window")
			.isFalse();
	}

	@Test
	@DisplayName("remembers at most max-clients clients per limit, however many addresses arrive")
	void clientsAreCapped() {
		RateLimitFilter filter = filter(new RateLimitProperties(true, null, null, null, 100));
		for (int i = 0; i < 1_000; i++) {
			send(filter, apiBooking("10.0." + (i / 250) + "." + (i % 250)));
		}
		assertThat(filter.clientsRemembered()).containsEntry("bookings", 100);
	}

	@Test
	@DisplayName("limits nothing when switched off with hverdag.rate-limits.enabled=false")
	void switchedOff() {
		RateLimitFilter filter = filter(new RateLimitProperties(false, null, null, null, 100));
		assertThat(passedAfter(() -> {
			for (int i = 0; i < 200; i++) {
				assertThat(refused(send(filter, apiBooking(ALICE)))).isFalse();
				assertThat(refused(send(filter, codeRequest(ALICE)))).isFalse();
			}
		})).isEqualTo(400);
	}

	@Test
	@DisplayName("writes the page right to left in Arabic, and in English when the bundle lacks the text")
	void languages() {
		RateLimitFilter arabic = filter(small());
		send(arabic, codeRequest(ALICE));
		send(arabic, codeRequest(ALICE));
		MockServerWebExchange refused = send(arabic,
				MockServerHttpRequest.post("/login/code/request")
					.remoteAddress(new InetSocketAddress(ALICE, 1))
					.header(HttpHeaders.ACCEPT_LANGUAGE, "ar"));
		assertThat(refused.getResponse().getBodyAsString().block()).contains("<html lang=\"ar\" dir=\"rtl\">")
			.contains(AR_TEXT);
		assertThat(refused.getResponse().getHeaders().getContentLanguage()).isEqualTo(Locale.forLanguageTag("ar"));

		RateLimitFilter withoutKey = new RateLimitFilter(small(), new StaticMessageSource(), this.clock);
		send(withoutKey, codeRequest(BOB));
		send(withoutKey, codeRequest(BOB));
		MockServerWebExchange fallback = send(withoutKey, codeRequest(BOB));
		assertThat(fallback.getResponse().getBodyAsString().block()).contains("<html lang=\"en\" dir=\"ltr\">")
			.contains(RateLimitFilter.FALLBACK_DETAIL);
	}

	@Test
	@DisplayName("counts requests without a known remote address under one shared client")
	void unknownAddress() {
		RateLimitFilter filter = filter(small());
		assertThat(passedAfter(() -> {
			for (int i = 0; i < 4; i++) {
				send(filter, MockServerHttpRequest.post("/login/code/request"));
			}
		})).isEqualTo(2);
	}

	@Test
	@DisplayName("runs before Spring Security's filter chain (order -100)")
	void runsBeforeSecurity() {
		assertThat(filter(small()).getOrder()).isLessThan(-100);
	}

	@Test
	@DisplayName("keeps the default for whatever part of a limit is not configured")
	void partialConfiguration() {
		RateLimitProperties properties = new RateLimitProperties(true, null, null, new Limit(3, null), 10);
		assertThat(properties.bookings()).isEqualTo(new Limit(3, Duration.ofMinutes(1)));
		assertThat(properties.codes()).isEqualTo(new Limit(30, Duration.ofMinutes(15)));
		assertThat(properties.signIn()).isEqualTo(new Limit(30, Duration.ofMinutes(5)));
		assertThat(properties.codesPerRecipient()).isEqualTo(new Limit(3, Duration.ofMinutes(15)));
		assertThat(RateLimitProperties.defaults().enabled()).isTrue();
	}

	@Test
	@DisplayName("adds no bucket and no response change for HEAD or PUT on booking paths")
	void otherMethodsOnBookingPaths() {
		RateLimitFilter filter = filter(small());
		for (int i = 0; i < 10; i++) {
			assertThat(refused(send(filter,
					from(MockServerHttpRequest.method(HttpMethod.PUT, "/api/v1/slots/slot-1/bookings"), ALICE))))
				.isFalse();
		}
		assertThat(filter.clientsRemembered()).containsEntry("bookings", 0);
	}

	// --- sign-ups ---

	@Test
	@DisplayName("counts sign-ups (page and API) against the booking allowance, and leaves cancelling and reading alone")
	void signUpsShareTheBookingLimit() {
		RateLimitFilter filter = filter(small());
		assertThat(passedAfter(() -> {
			send(filter, from(MockServerHttpRequest.post("/activities/a-1/signups"), ALICE));
			send(filter, from(MockServerHttpRequest.post("/api/v1/activities/a-1/signups"), ALICE));
			send(filter, apiBooking(ALICE));
			send(filter, from(MockServerHttpRequest.post("/activities/a-2/signups"), ALICE));
			send(filter, from(MockServerHttpRequest.post("/api/v1/activities/a-1/signups"), ALICE));
		})).isEqualTo(4);
		assertThat(passedAfter(() -> {
			send(filter, from(MockServerHttpRequest.get("/activities/a-1"), ALICE));
			send(filter, from(MockServerHttpRequest.post("/signups/token/cancel"), ALICE));
			send(filter, from(MockServerHttpRequest.delete("/api/v1/signups/token"), ALICE));
		})).isEqualTo(3);
		assertThat(refused(send(filter, from(MockServerHttpRequest.post("/activities/a-1/signups"), BOB)))).isFalse();
	}

}
