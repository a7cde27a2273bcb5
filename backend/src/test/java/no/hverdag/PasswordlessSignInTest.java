package no.hverdag;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.hverdag.support.HverdagIntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * Signing in without ID-porten: a code to an e-mail address or phone number, through the
 * outbox, typed on the code page. Codes work once, die after five wrong tries, and are
 * stored hashed.
 */
@HverdagIntegrationTest
class PasswordlessSignInTest {

	private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

	@Autowired
	WebTestClient client;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Test
	@DisplayName("an e-mailed code signs in once; the session then opens pages that need sign-in")
	void emailCodeSignsIn() {
		String email = "kari" + System.nanoTime() + "@example.no";
		String reference = requestCode(email);
		Document mail = lastMessageTo(email);
		assertThat(mail.getString("channel")).isEqualTo("EMAIL");
		assertThat(mail.getString("text")).contains("/login/code?token=").contains("10 minutter");
		String code = codeIn(mail.getString("text"));

		// A developer sees the message on this machine's outbox page.
		this.client.get()
			.uri("/dev/outbox")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(page -> assertThat(page).contains(email).contains(code));

		// What is stored reveals neither the code nor the reference.
		Document stored = this.mongo
			.findOne(Query.query(Criteria.where("username").is(email)), Document.class, "one_time_codes")
			.block();
		assertThat(stored.toJson()).doesNotContain(code).doesNotContain(reference);

		ResponseCookie session = submitCode(reference, code).expectStatus()
			.isFound()
			.expectHeader()
			.valueEquals("Location", "/")
			.returnResult(Void.class)
			.getResponseCookies()
			.getFirst("SESSION");
		assertThat(session).isNotNull();
		this.client.get()
			.uri("/organisations/new")
			.cookie("SESSION", session.getValue())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(page -> assertThat(page).contains("Innlogget som " + email));

		// Used once: the same code again is refused.
		submitCode(reference, code).expectStatus()
			.isFound()
			.expectHeader()
			.value("Location", location -> assertThat(location).contains("/login/code?ref=").endsWith("&error"));
	}

	@Test
	@DisplayName("the e-mailed link signs in too, after one press of a button")
	void linkSignsIn() {
		String email = "link" + System.nanoTime() + "@example.no";
		requestCode(email);
		String link = lastMessageTo(email).getString("text")
			.lines()
			.filter(line -> line.contains("/login/code?token="))
			.findFirst()
			.orElseThrow();
		// Absolute in real use; the mock exchange of this test has no host.
		String path = link.substring(link.indexOf("/login/code")).strip();
		String token = UriComponentsBuilder.fromUri(URI.create(path)).build().getQueryParams().getFirst("token");
		this.client.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(page -> assertThat(page).contains("name=\"token\""));
		this.client.mutateWith(csrf())
			.post()
			.uri("/login/ott")
			.body(BodyInserters.fromFormData("token", token))
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.valueEquals("Location", "/");
	}

	@Test
	@DisplayName("an SMS code goes to the phone number; five wrong codes kill it, even the right one after")
	void wrongCodesKillTheCode() {
		String phone = "4" + String.valueOf(System.nanoTime()).substring(0, 7);
		String reference = requestCode(phone);
		Document sms = lastMessageTo(phone);
		assertThat(sms.getString("channel")).isEqualTo("SMS");
		String code = codeIn(sms.getString("text"));
		String wrong = code.equals("000000") ? "111111" : "000000";
		for (int attempt = 0; attempt < 5; attempt++) {
			submitCode(reference, wrong).expectStatus()
				.isFound()
				.expectHeader()
				.value("Location", location -> assertThat(location).endsWith("&error"));
		}
		submitCode(reference, code).expectStatus()
			.isFound()
			.expectHeader()
			.value("Location", location -> assertThat(location).endsWith("&error"));
	}

	@Test
	@DisplayName("an unusable contact gets an inline error with the typed text kept, and no code is sent")
	void unusableContact() {
		this.client.mutateWith(csrf())
			.post()
			.uri("/login/code/request")
			.body(BodyInserters.fromFormData("username", "kari@"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.value(page -> assertThat(page).contains("Skriv en e-postadresse eller et mobilnummer med 8 siffer.")
				.contains("value=\"kari@\"")
				.contains("aria-invalid=\"true\""));
		assertThat(this.mongo.count(Query.query(Criteria.where("recipient").is("kari@")), "outbox").block()).isZero();
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
		assertThat(location).startsWith("/login/code?ref=");
		return location.substring("/login/code?ref=".length());
	}

	private WebTestClient.ResponseSpec submitCode(String reference, String code) {
		return this.client.mutateWith(csrf())
			.post()
			.uri("/login/ott")
			.body(BodyInserters.fromFormData("ref", reference).with("code", code))
			.exchange();
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
