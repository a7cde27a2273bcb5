package no.hverdag.support;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Signs up through the API, as the given client (anonymous or signed in). */
public final class WebClientSignUps {

	private WebClientSignUps() {
	}

	@SuppressWarnings("unchecked")
	public static Map<String, Object> signUp(WebTestClient client, String activityId, LocalDate date, String firstName,
			String contact) {
		return client.post()
			.uri("/api/v1/activities/{id}/signups", activityId)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("date", date.toString(), "firstName", firstName, "contact", contact))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

}
