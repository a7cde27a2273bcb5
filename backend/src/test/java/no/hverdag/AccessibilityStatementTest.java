package no.hverdag;

import no.hverdag.support.HverdagIntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accessibility statement is public, in every language, and every page's footer links
 * to it.
 */
@HverdagIntegrationTest
class AccessibilityStatementTest {

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
	@DisplayName("in bokmål, anonymously: the standard, what was tested, what does not work, how to report, the authority")
	void bokmal() {
		assertThat(page("/accessibility?lang=nb")).contains("lang=\"nb\"")
			.contains("<h1>Tilgjengelighetserklæring</h1>")
			.contains("WCAG 2.1")
			.contains("axe-core")
			.contains("Hva vi vet ikke virker ennå")
			.contains("Si fra om noe som ikke virker")
			.contains("href=\"https://www.uutilsynet.no/\"")
			.doesNotContain("accessibility.")
			.doesNotContain("??");
	}

	@Test
	@DisplayName("in English and in Arabic (right to left)")
	void englishAndArabic() {
		assertThat(page("/accessibility?lang=en")).contains("<h1>Accessibility statement</h1>")
			.contains("What we know does not work yet")
			.doesNotContain("??");
		assertThat(page("/accessibility?lang=ar")).contains("dir=\"rtl\"")
			.contains("<h1>بيان إمكانية الوصول</h1>")
			.doesNotContain("??");
	}

	@Test
	@DisplayName("every page's footer links to it: the search, the privacy page, the kiosk chooser")
	void linkedFromTheFooter() {
		for (String uri : new String[] { "/", "/privacy", "/borrow" }) {
			assertThat(page(uri)).as(uri).contains("<a href=\"/accessibility\">Tilgjengelighetserklæring</a>");
		}
	}

}
