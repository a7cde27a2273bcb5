package no.hverdag.security;

import java.util.List;
import java.util.Map;

import no.hverdag.support.HverdagIntegrationTest;
import no.hverdag.support.Requests;
import no.hverdag.support.TestClockConfig;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, finding 7 and the localised refusals of issue 12: the smaller things a probe
 * found.
 */
@HverdagIntegrationTest
class SmallerFindingsTest {

	static final String OSLO_ORG = "seed-org-grunerlokka-frivilligsentral";

	static final String OSLO_PENDING = "seed-org-eritreisk-kulturforening-oslo";

	@Autowired
	WebTestClient client;

	@Test
	@DisplayName("a human-library session's id sent as the session cookie is just an unknown session: the page works")
	void librarySessionIdAsCookie() {
		String librarySession = Requests
			.postJson(Requests.signedIn(this.client, "bibliotek-oslo"),
					Map.of("personId", osloPerson(), "kind", "ONE_OFF", "date",
							TestClockConfig.NOW.toLocalDate().plusDays(12).toString(), "start", "08:00", "end", "08:30",
							"slotMinutes", "30", "room", "Cookierommet"),
					"/api/v1/libraries/seed-library-oslo/sessions")
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.toString();
		this.client.get().uri("/").cookie("SESSION", librarySession).exchange().expectStatus().isOk();
		this.client.get().uri("/borrow").cookie("SESSION", librarySession).exchange().expectStatus().isOk();
	}

	@Test
	@DisplayName("a pending organisation is 404 to outsiders on its page, as on the API")
	void pendingOrganisationIsNotFound() {
		Requests.signedIn(this.client, "frivillig-bodo")
			.get()
			.uri("/organisations/{id}", OSLO_PENDING)
			.exchange()
			.expectStatus()
			.isNotFound();
		Requests.signedIn(this.client, "frivillig-bodo")
			.get()
			.uri("/api/v1/organisations/{id}", OSLO_PENDING)
			.exchange()
			.expectStatus()
			.isNotFound();
		// An approved organisation is public: its management page is refused, not hidden.
		Requests.signedIn(this.client, "frivillig-bodo")
			.get()
			.uri("/organisations/{id}", OSLO_ORG)
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	@DisplayName("the CSRF cookie is SameSite=Lax")
	void csrfCookieSameSite() {
		String setCookie = this.client.get()
			.uri("/login")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(Void.class)
			.getResponseHeaders()
			.get(HttpHeaders.SET_COOKIE)
			.stream()
			.filter(cookie -> cookie.startsWith("XSRF-TOKEN="))
			.findFirst()
			.orElseThrow();
		assertThat(setCookie).contains("SameSite=Lax");
	}

	@Test
	@DisplayName("an import with hundreds of bad rows reports the first hundred and how many more")
	void importErrorReportIsCapped() {
		StringBuilder csv = new StringBuilder("id,type,title,description,scheduleKind,date,start,end,placeName,"
				+ "municipality,languages,level,free\n");
		for (int i = 0; i < 600; i++) {
			csv.append("cap-").append(i).append(",BINGO,,x,ONE_OFF,2026-13-40,25:00,26:00,,9999,xx,Z9,maybe\n");
		}
		Map<String, Object> problem = Requests.signedIn(this.client, "frivillig-oslo")
			.post()
			.uri("/api/v1/organisations/{id}/activities/import?dryRun=true", OSLO_ORG)
			.header("Accept-Language", "en")
			.contentType(MediaType.parseMediaType("text/csv"))
			.bodyValue(csv.toString())
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> errors = (List<Map<String, Object>>) problem.get("errors");
		assertThat(errors).hasSize(101);
		assertThat(errors.get(100).get("message").toString()).startsWith("… and ")
			.endsWith("more errors. Fix the first ones and try again.");
	}

	@Test
	@DisplayName("the API's 401 and 403 and the kiosk's 401 answer in the caller's language")
	void refusalsAreLocalised() {
		this.client.get()
			.uri("/api/v1/me/export")
			.header("Accept-Language", "ar")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals(HttpHeaders.CONTENT_LANGUAGE, "ar")
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("يجب تسجيل الدخول أولًا.");
		this.client.get()
			.uri("/api/v1/kiosk/slots")
			.header(HttpHeaders.AUTHORIZATION, "Kiosk forged")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("Kiosken er ukjent eller trukket tilbake.");
	}

	private String osloPerson() {
		return this.client.get()
			.uri("/api/v1/people-to-borrow?library=seed-library-oslo")
			.exchange()
			.expectBodyList(Map.class)
			.returnResult()
			.getResponseBody()
			.get(0)
			.get("id")
			.toString();
	}

}
