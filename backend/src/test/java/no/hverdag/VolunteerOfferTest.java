package no.hverdag;

import java.util.List;
import java.util.Map;

import no.hverdag.support.Actors;
import no.hverdag.support.HverdagIntegrationTest;
import no.hverdag.support.Requests;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A local offers themselves as a person to borrow; only the staff of that library decide.
 */
@HverdagIntegrationTest
class VolunteerOfferTest {

	@Autowired
	WebTestClient client;

	@Test
	@DisplayName("an offer sent on the page waits for Stormen's staff, who approve it once; then anyone can find the person")
	void offerApproveFind() {
		String volunteer = Actors.newcomerSubject();
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("firstName", "Halvard");
		form.add("topics", "digital-help");
		form.add("topics", "knitting");
		form.add("otherTopic", "Sjakk");
		form.add("languages", "no");
		form.add("languages", "uk");
		form.add("presentation", "Jeg hjelper med mobilen og strikker votter.");
		form.add("libraries", "seed-library-stormen");
		Requests.signedIn(this.client, volunteer)
			.post()
			.uri("/volunteer/offers")
			.body(BodyInserters.fromFormData(form))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.SEE_OTHER)
			.expectHeader()
			.location("/volunteer?sent");
		String mine = Requests.signedIn(this.client, volunteer)
			.get()
			.uri("/volunteer?sent&lang=nb")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(mine).contains("Stormen bibliotek: venter på biblioteket");

		List<Map> pending = Requests.signedIn(this.client, "bibliotek-stormen")
			.get()
			.uri("/api/v1/libraries/seed-library-stormen/offers")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBodyList(Map.class)
			.returnResult()
			.getResponseBody();
		Map offer = pending.stream().filter(o -> o.get("firstName").equals("Halvard")).findFirst().orElseThrow();
		String offerId = offer.get("id").toString();
		assertThat(Requests.signedIn(this.client, "bibliotek-stormen")
			.get()
			.uri("/staff/libraries/seed-library-stormen?lang=nb")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody()).contains("Halvard", "Hjelp med mobil og PC", "Ukrainsk");

		// Another library's staff and the volunteer themselves may not decide.
		Requests.signedIn(this.client, "bibliotek-oslo")
			.post()
			.uri("/api/v1/offers/{id}/approval", offerId)
			.exchange()
			.expectStatus()
			.isForbidden();
		Requests.signedIn(this.client, volunteer)
			.post()
			.uri("/staff/libraries/seed-library-stormen/offers/{id}/approve", offerId)
			.exchange()
			.expectStatus()
			.isForbidden();

		Requests.signedIn(this.client, "bibliotek-stormen")
			.post()
			.uri("/staff/libraries/seed-library-stormen/offers/{id}/approve", offerId)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.SEE_OTHER);
		Requests.signedIn(this.client, "bibliotek-stormen")
			.post()
			.uri("/api/v1/offers/{id}/rejection", offerId)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.CONFLICT);

		this.client.get()
			.uri("/api/v1/people-to-borrow?library=seed-library-stormen&topic=mobil&lang=uk")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.firstName == 'Halvard')].topics[0]")
			.isEqualTo("Hjelp med mobil og PC");
		Requests.signedIn(this.client, "koordinator-bodo")
			.get()
			.uri("/api/v1/audit")
			.exchange()
			.expectBody(String.class)
			.value(body -> assertThat(body).contains("OFFER_APPROVED", offerId));
	}

	@Test
	@DisplayName("an offer without topic, language or library is refused field by field in Arabic, and nothing is written")
	void badOffer() {
		String volunteer = Actors.newcomerSubject();
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("firstName", "Nadia");
		form.add("presentation", "");
		form.add("contact", "not-a-contact");
		String page = Requests.signedIn(this.client, volunteer)
			.post()
			.uri("/volunteer/offers?lang=ar")
			.body(BodyInserters.fromFormData(form))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("اختر موضوعًا واحدًا على الأقل", "اختر مكتبة واحدة على الأقل", "value=\"Nadia\"");
		Requests
			.postJson(Requests.signedIn(this.client, volunteer),
					Map.of("firstName", "Nadia", "topics", List.of("knitting"), "languages", List.of("no"),
							"presentation", "Hei", "libraries", List.of("no-such-library")),
					"/api/v1/offers")
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.exists();
		Requests.signedIn(this.client, volunteer)
			.get()
			.uri("/api/v1/offers/mine")
			.exchange()
			.expectBodyList(Map.class)
			.hasSize(0);
	}

}
