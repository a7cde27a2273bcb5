package no.hverdag;

import no.hverdag.support.HverdagIntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The privacy page is for everyone, above all newcomers without an account: it answers
 * without signing in, in every language, and says plainly what is stored and for how
 * long.
 */
@HverdagIntegrationTest
class PrivacyPageTest {

	@Autowired
	WebTestClient client;

	private String page(String uri) {
		return this.client.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	@Test
	@DisplayName("in bokmål by default, anonymously: the 90 days, no fødselsnummer, the cookies, Datatilsynet")
	void bokmalByDefault() {
		assertThat(page("/privacy")).contains("lang=\"nb\"")
			.contains("dir=\"ltr\"")
			.contains("<h1>Personvern</h1>")
			.contains("Kommunen som driver tjenesten")
			.contains("Vi spør aldri om fødselsnummer eller D-nummer")
			.contains("90 dager etter at aktiviteten fant sted")
			.contains("etter 30 minutter uten aktivitet")
			.contains("XSRF-TOKEN")
			.contains("Datatilsynet")
			.contains("href=\"https://www.datatilsynet.no/\"")
			.contains("href=\"/me\"")
			.doesNotContain("privacy.")
			.doesNotContain("??");
	}

	@Test
	@DisplayName("in English with ?lang=en: no national identity number, the 90 days")
	void english() {
		assertThat(page("/privacy?lang=en")).contains("lang=\"en\"")
			.contains("dir=\"ltr\"")
			.contains("<h1>Privacy</h1>")
			.contains("no national identity number")
			.contains("90 days after the activity took place")
			.contains("only to confirm your booking")
			.contains("Norwegian Data Protection Authority")
			.doesNotContain("privacy.")
			.doesNotContain("??");
	}

	@Test
	@DisplayName("in Arabic with ?lang=ar: right to left, the same facts")
	void arabic() {
		assertThat(page("/privacy?lang=ar")).contains("lang=\"ar\"")
			.contains("dir=\"rtl\"")
			.contains("<h1>الخصوصية</h1>")
			.contains("لا نطلب رقم الهوية الوطنية")
			.contains("بعد 90 يومًا من موعد النشاط")
			.contains("Datatilsynet")
			.doesNotContain("privacy.")
			.doesNotContain("??");
	}

	@Test
	@DisplayName("reading it leaves no server-side session behind")
	void noSession() {
		this.client.get()
			.uri("/privacy")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.values("Set-Cookie", cookies -> assertThat(cookies).noneMatch(c -> c.startsWith("SESSION=")));
	}

}
