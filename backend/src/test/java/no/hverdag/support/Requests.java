package no.hverdag.support;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/** Short ways to say the requests tests keep making. */
public final class Requests {

	private Requests() {
	}

	/**
	 * The client as a signed-in person, with a CSRF token for their forms and API calls.
	 */
	public static WebTestClient signedIn(WebTestClient client, String subject) {
		return client.mutateWith(Actors.as(subject)).mutateWith(csrf());
	}

	/** POSTs a JSON body to the API. */
	public static WebTestClient.ResponseSpec postJson(WebTestClient client, Object body, String uri,
			Object... uriVariables) {
		return client.post().uri(uri, uriVariables).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
	}

	/**
	 * GETs a URI and expects 400 problem details whose first field error names
	 * {@code field}.
	 */
	public static void expectRefusedNaming(WebTestClient client, String uri, String field) {
		client.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo(field);
	}

}
