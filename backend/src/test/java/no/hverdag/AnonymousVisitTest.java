package no.hverdag;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.hverdag.support.HverdagIntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anonymous visitors, the bulk of all traffic, leave no state on the server, and the
 * kiosk's form is still protected against cross-site posts by a token it can only get
 * from the page.
 */
@HverdagIntegrationTest
class AnonymousVisitTest {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	WebTestClient client;

	@Test
	@DisplayName("browsing public pages creates no server-side session")
	void noSessionForAnonymousPages() {
		for (String page : List.of("/", "/?q=kafé&municipality=1804", "/activities/seed-activity-0", "/kiosk",
				"/kiosk/seed-library-stormen", "/login")) {
			this.client.get()
				.uri(page)
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.values("Set-Cookie", cookies -> assertThat(cookies).noneMatch(c -> c.startsWith("SESSION=")));
		}
	}

	@Test
	@DisplayName("notices after a redirect show only when their flag is in the address")
	void noticesFollowTheirFlag() {
		this.client.get()
			.uri("/")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(page -> assertThat(page).doesNotContain("Du er logget ut."));
		this.client.get()
			.uri("/?signedOut")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(page -> assertThat(page).contains("Du er logget ut."));
		this.client.get()
			.uri("/login")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(page -> assertThat(page).doesNotContain("Innloggingen mislyktes"));
	}

	@Test
	@DisplayName("a kiosk booking needs the token from the kiosk page: without it 403, with it booked")
	void kioskBookingNeedsTheToken() {
		@SuppressWarnings("rawtypes")
		List<Map> free = this.client.get()
			.uri("/api/v1/libraries/seed-library-skien/slots?onlyFree=true")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBodyList(Map.class)
			.returnResult()
			.getResponseBody();
		String slotId = (String) free.get(free.size() - 1).get("id");

		this.client.post()
			.uri("/kiosk/seed-library-skien/slots/{slot}/bookings", slotId)
			.body(BodyInserters.fromFormData("firstName", "Lina").with("contact", "lina@example.no"))
			.exchange()
			.expectStatus()
			.isForbidden();

		EntityExchangeResult<String> screen = this.client.get()
			.uri("/kiosk/seed-library-skien")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult();
		ResponseCookie tokenCookie = screen.getResponseCookies().getFirst("XSRF-TOKEN");
		assertThat(tokenCookie).isNotNull();
		Matcher field = CSRF_FIELD.matcher(screen.getResponseBody());
		assertThat(field.find()).isTrue();

		this.client.post()
			.uri("/kiosk/seed-library-skien/slots/{slot}/bookings", slotId)
			.cookie(tokenCookie.getName(), tokenCookie.getValue())
			.body(BodyInserters.fromFormData("firstName", "Lina")
				.with("contact", "lina@example.no")
				.with("_csrf", field.group(1)))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(page -> assertThat(page).contains("Lina"));
	}

}
