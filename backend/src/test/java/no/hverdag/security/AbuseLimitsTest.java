package no.hverdag.security;

import java.net.InetSocketAddress;
import java.util.Map;

import no.hverdag.support.HverdagIntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.server.WebFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * Issue 10, finding 3: codes are limited per recipient, a shared address has room for
 * many people, a kiosk device counts apart from its address, and refused input costs
 * nobody their allowance. With the production limits (defaults), switched on.
 */
@HverdagIntegrationTest
// The same properties as RateLimitIntegrationTest, so both share one application context:
// bookings are limited to 3 per minute there, everything else has its default.
@TestPropertySource(properties = { "hverdag.rate-limits.enabled=true", "hverdag.rate-limits.bookings.capacity=3",
		"hverdag.rate-limits.sign-in.capacity=10" })
class AbuseLimitsTest {

	@Autowired
	WebTestClient client;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Test
	@DisplayName("25 code requests for one person from 25 addresses send three messages, and every request gets the same answer")
	void codeBombing() {
		String victim = "victim" + System.nanoTime() + "@example.no";
		for (int i = 1; i <= 25; i++) {
			from("10.1.0." + i).mutateWith(csrf())
				.post()
				.uri("/login/code/request")
				.body(BodyInserters.fromFormData("username", victim))
				.exchange()
				.expectStatus()
				.isFound()
				.expectHeader()
				.value(HttpHeaders.LOCATION, location -> assertThat(location).startsWith("/login/code?ref="));
		}
		assertThat(messagesTo(victim)).isEqualTo(3);
	}

	@Test
	@DisplayName("twenty people behind one library Wi-Fi address each get their code")
	void sharedAddress() {
		WebTestClient library = from("10.2.0.1");
		String prefix = "reader" + System.nanoTime();
		for (int i = 1; i <= 20; i++) {
			library.mutateWith(csrf())
				.post()
				.uri("/login/code/request")
				.body(BodyInserters.fromFormData("username", prefix + "-" + i + "@example.no"))
				.exchange()
				.expectStatus()
				.isFound();
			assertThat(messagesTo(prefix + "-" + i + "@example.no")).as("messages to reader %d", i).isEqualTo(1);
		}
	}

	@Test
	@DisplayName("requests refused as unusable (400) do not use up the address's allowance")
	void refusedInputIsFree() {
		WebTestClient typo = from("10.3.0.1");
		for (int i = 0; i < 40; i++) {
			typo.mutateWith(csrf())
				.post()
				.uri("/login/code/request")
				.body(BodyInserters.fromFormData("username", "kari@"))
				.exchange()
				.expectStatus()
				.isBadRequest();
		}
		typo.mutateWith(csrf())
			.post()
			.uri("/login/code/request")
			.body(BodyInserters.fromFormData("username", "kari" + System.nanoTime() + "@example.no"))
			.exchange()
			.expectStatus()
			.isFound();
	}

	@Test
	@DisplayName("a kiosk device is counted apart: a flood from its library's address does not block it")
	void kioskCountedApart() {
		WebTestClient wifi = from("10.4.0.1");
		Map<String, String> booking = Map.of("firstName", "A", "contact", "a@example.no");
		int refused = 0;
		for (int i = 0; i < 5; i++) {
			HttpStatus status = (HttpStatus) wifi.post()
				.uri("/api/v1/slots/{slot}/bookings", "flood-" + i)
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(booking)
				.exchange()
				.returnResult(Void.class)
				.getStatus();
			refused += (status == HttpStatus.TOO_MANY_REQUESTS) ? 1 : 0;
		}
		assertThat(refused).as("the flood is limited").isPositive();
		// The kiosk behind the same address reaches the application: its (unknown)
		// credential is judged there, not refused by the address's limit.
		wifi.post()
			.uri("/api/v1/kiosk/slots/{slot}/bookings", "kiosk-slot")
			.header(HttpHeaders.AUTHORIZATION, "Kiosk not-a-real-credential")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(booking)
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	private long messagesTo(String recipient) {
		return this.mongo.count(Query.query(Criteria.where("recipient").is(recipient)), "outbox").block();
	}

	/**
	 * This client's requests come from the given address (the mock exchange has none).
	 */
	private WebTestClient from(String address) {
		WebFilter remote = (exchange,
				chain) -> chain.filter(exchange.mutate()
					.request(request -> request.remoteAddress(new InetSocketAddress(address, 40000)))
					.build());
		WebTestClientConfigurer configurer = (builder, httpHandlerBuilder, connector) -> {
			if (httpHandlerBuilder != null) {
				httpHandlerBuilder.filters(filters -> filters.add(0, remote));
			}
		};
		return this.client.mutateWith(configurer);
	}

}
