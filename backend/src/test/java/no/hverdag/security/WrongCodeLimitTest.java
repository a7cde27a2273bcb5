package no.hverdag.security;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.hverdag.support.HverdagIntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * Issue 10, finding 4: five wrong codes kill a code, however many guesses arrive at once.
 */
@HverdagIntegrationTest
class WrongCodeLimitTest {

	private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

	@Autowired
	WebTestClient client;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Test
	@DisplayName("30 guesses at once weigh at most five: the code counts exactly five attempts, and the right code after is refused")
	void burstWeighsFive() {
		String phone = "9" + String.valueOf(System.nanoTime()).substring(0, 7);
		String reference = requestCode(phone);
		String code = codeIn(lastMessageTo(phone).getString("text"));
		List<String> outcomes = Flux.range(0, 30)
			.map(i -> String.format("%06d", (Integer.parseInt(code) + 1 + i) % 1_000_000))
			.flatMap(
					wrong -> Mono.fromCallable(() -> submit(reference, wrong)).subscribeOn(Schedulers.boundedElastic()),
					30)
			.collectList()
			.block(Duration.ofSeconds(60));
		assertThat(outcomes).hasSize(30).allSatisfy(location -> assertThat(location).endsWith("&error"));

		Document stored = this.mongo
			.findOne(Query.query(Criteria.where("username").is(phone)), Document.class, "one_time_codes")
			.block();
		assertThat(stored.getInteger("attempts")).as("attempts counted on the code").isEqualTo(5);
		assertThat(submit(reference, code)).as("the right code after five wrong").endsWith("&error");
	}

	@Test
	@DisplayName("in ten bursts of 30 guesses, the right one among them signs in at most once per code and never after five others were weighed")
	void burstsWithTheRightCode() {
		for (int burst = 0; burst < 10; burst++) {
			String phone = "9" + String.valueOf(System.nanoTime()).substring(0, 7);
			String reference = requestCode(phone);
			String code = codeIn(lastMessageTo(phone).getString("text"));
			List<String> guesses = new java.util.ArrayList<>();
			for (int i = 0; i < 29; i++) {
				guesses.add(String.format("%06d", (Integer.parseInt(code) + 1 + i) % 1_000_000));
			}
			guesses.add(burst * 3 % 30, code);
			List<String> outcomes = Flux.fromIterable(guesses)
				.flatMap(guess -> Mono.fromCallable(() -> submit(reference, guess))
					.subscribeOn(Schedulers.boundedElastic()), 30)
				.collectList()
				.block(Duration.ofSeconds(60));
			long signedIn = outcomes.stream().filter(location -> !location.contains("error")).count();
			assertThat(signedIn).as("sign-ins in burst %d", burst).isLessThanOrEqualTo(1);
			Document stored = this.mongo
				.findOne(Query.query(Criteria.where("username").is(phone)), Document.class, "one_time_codes")
				.block();
			if (signedIn == 1) {
				assertThat(stored).as("a used code is gone").isNull();
			}
			else {
				assertThat(stored.getInteger("attempts")).isEqualTo(5);
			}
		}
	}

	private String submit(String reference, String code) {
		return this.client.mutateWith(csrf())
			.post()
			.uri("/login/ott")
			.body(BodyInserters.fromFormData("ref", reference).with("code", code))
			.exchange()
			.expectStatus()
			.isFound()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getLocation()
			.toString();
	}

	private String requestCode(String contact) {
		String location = this.client.mutateWith(csrf())
			.post()
			.uri("/login/code/request")
			.body(BodyInserters.fromFormData("username", contact))
			.exchange()
			.expectStatus()
			.isFound()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getLocation()
			.toString();
		return location.substring("/login/code?ref=".length());
	}

	private Document lastMessageTo(String recipient) {
		return this.mongo
			.findOne(Query.query(Criteria.where("recipient").is(recipient)).with(Sort.by(Sort.Direction.DESC, "_id")),
					Document.class, "outbox")
			.block();
	}

	private static String codeIn(String text) {
		Matcher matcher = CODE.matcher(text);
		assertThat(matcher.find()).as("a six-digit code in: " + text).isTrue();
		return matcher.group(1);
	}

}
