package no.hverdag;

import java.util.List;
import java.util.Map;

import no.hverdag.support.Requests;

import org.springframework.test.web.reactive.server.WebTestClient;

/** Small helpers so the human library's journeys read like the story they tell. */
final class BorrowALocal {

	private BorrowALocal() {
	}

	static Map<String, Object> offer() {
		return offer("seed-library-oslo");
	}

	static Map<String, Object> offer(String libraryId) {
		return Map.of("firstName", "Sigrid", "topics", List.of("knitting", "norwegian-conversation"), "otherTopic",
				"Fuglekikking", "languages", List.of("no", "en"), "presentation", "Pensjonert lærer som liker å prate.",
				"libraries", List.of(libraryId), "contact", "sigrid@example.no");
	}

	/** A volunteer offers themselves at a library; answers the offer's id. */
	static String offerAt(WebTestClient client, String volunteer, String libraryId) {
		List<Map> offers = Requests.postJson(Requests.signedIn(client, volunteer), offer(libraryId), "/api/v1/offers")
			.expectStatus()
			.isCreated()
			.expectBodyList(Map.class)
			.returnResult()
			.getResponseBody();
		return offers.get(0).get("id").toString();
	}

}
