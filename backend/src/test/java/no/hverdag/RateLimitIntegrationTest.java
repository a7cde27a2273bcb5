package no.hverdag;

import java.util.Map;

import no.hverdag.support.HverdagIntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static no.hverdag.support.Requests.postJson;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rate limit in the running application, in front of Spring Security and the booking
 * API. Its own context: the booking limit is lowered to 3. (The mock exchange has no
 * remote address, so every request here is the same client.)
 */
@HverdagIntegrationTest
// Enabled explicitly, in case the shared integration-test properties ever switch limits
// off.
@TestPropertySource(properties = { "hverdag.rate-limits.enabled=true", "hverdag.rate-limits.bookings.capacity=3",
		"hverdag.rate-limits.sign-in.capacity=10" })
class RateLimitIntegrationTest {

	@Autowired
	WebTestClient client;

	@Test
	@DisplayName("the fourth quick API booking from one client is refused with 429, Retry-After and problem details")
	void fourthBookingIsRefused() {
		Map<String, String> booking = Map.of("firstName", "A", "contact", "a@example.no");
		for (int i = 1; i <= 3; i++) {
			// An unknown slot answers 404, but the attempt counts all the same.
			postJson(this.client, booking, "/api/v1/slots/{slot}/bookings", "rate-limit-slot-" + i).expectStatus()
				.isNotFound();
		}

		postJson(this.client, booking, "/api/v1/slots/{slot}/bookings", "rate-limit-slot-4").expectStatus()
			.isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
			.expectHeader()
			.value(HttpHeaders.RETRY_AFTER, retryAfter -> assertThat(Long.parseLong(retryAfter)).isBetween(1L, 60L))
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(429)
			.jsonPath("$.title")
			.isEqualTo("Too Many Requests")
			.jsonPath("$.instance")
			.isEqualTo("/api/v1/slots/rate-limit-slot-4/bookings")
			.jsonPath("$.detail")
			.isNotEmpty();

		this.client.get().uri("/api/v1/municipalities").exchange().expectStatus().isOk();
	}

	@Test
	@DisplayName("turns a flood of sign-in attempts away before Spring Security looks at them")
	void runsBeforeSecurity() {
		for (int i = 1; i <= 10; i++) {
			// Without a CSRF token Spring Security refuses each of the ten allowed
			// attempts.
			this.client.post().uri("/login/ott").exchange().expectStatus().isForbidden();
		}
		this.client.post()
			.uri("/login/ott")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
			.expectHeader()
			.exists(HttpHeaders.RETRY_AFTER)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML);
	}

}
