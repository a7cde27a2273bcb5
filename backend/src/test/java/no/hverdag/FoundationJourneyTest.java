package no.hverdag;

import java.util.List;
import java.util.Map;

import no.hverdag.support.Actors;
import no.hverdag.support.HverdagIntegrationTest;
import no.hverdag.support.OrganisationNumbers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import static no.hverdag.support.Requests.postJson;
import static no.hverdag.support.Requests.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * The story the foundation exists for, through the same doors people use: an organisation
 * registers on the page, Bodø's coordinator approves it, it posts a language café, a
 * newcomer finds the café without an account, a kiosk books a person to borrow, and the
 * next booking of that full slot gets 409 with other times.
 */
@HverdagIntegrationTest
class FoundationJourneyTest {

	@Autowired
	WebTestClient client;

	@Test
	@DisplayName("register, approve, post a language café, find it, and book the kiosk's slot until it is full")
	void wholeJourney() {
		String founder = Actors.newcomerSubject();
		// A made-up word no listing shares: not a compound of "kafé", which the search
		// now splits (it would find every café).
		String cafeWord = "Tullekopp" + System.nanoTime();

		// Registering needs a sign-in: anonymous visitors are sent to the sign-in page.
		this.client.get()
			.uri("/organisations/new")
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.valueEquals(HttpHeaders.LOCATION, "/login");

		String dashboard = signedIn(this.client, founder).post()
			.uri("/organisations")
			.body(BodyInserters.fromFormData(registration("Bodø Sykkelvenner", "1804")))
			.exchange()
			.expectStatus()
			.isSeeOther()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getLocation()
			.toString();
		assertThat(dashboard).matches("/organisations/[0-9a-f-]{36}\\?registered");
		String organisationId = dashboard.substring("/organisations/".length(), dashboard.indexOf('?'));

		// Pending organisations may not publish yet.
		postJson(signedIn(this.client, founder), cafe(cafeWord), "/api/v1/organisations/{id}/activities",
				organisationId)
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);

		// Bodø's coordinator sees it in the queue and approves it.
		this.client.mutateWith(Actors.as("koordinator-bodo"))
			.get()
			.uri("/coordinator")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(page -> assertThat(page).contains("Bodø Sykkelvenner"));
		signedIn(this.client, "koordinator-bodo").post()
			.uri("/coordinator/organisations/{id}/approve", organisationId)
			.exchange()
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.valueEquals(HttpHeaders.LOCATION, "/coordinator?approved");

		// The organisation posts a language café through its dashboard's form.
		this.client.mutateWith(Actors.as(founder))
			.get()
			.uri(dashboard)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(page -> assertThat(page).contains("Godkjent")
				.contains("/organisations/" + organisationId + "/activities/new")
				.doesNotContain("Aktiviteten er publisert."));
		signedIn(this.client, founder).post()
			.uri("/organisations/{id}/activities", organisationId)
			.body(BodyInserters.fromFormData(cafeForm(cafeWord)))
			.exchange()
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.valueEquals(HttpHeaders.LOCATION, "/organisations/" + organisationId + "?posted");

		this.client.mutateWith(Actors.as(founder))
			.get()
			.uri("/organisations/{id}?posted", organisationId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(page -> assertThat(page).contains("Aktiviteten er publisert."));

		// A newcomer finds it without an account, on the API and on the page.
		List<Map<String, Object>> found = this.client.get()
			.uri("/api/v1/activities?municipality=1804&type=LANGUAGE_CAFE&lang=ar&free=true&q={q}", cafeWord)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<SearchAnswer>() {
			})
			.returnResult()
			.getResponseBody()
			.items();
		assertThat(found).singleElement().satisfies(activity -> {
			assertThat(activity.get("title")).isEqualTo(cafeWord + " på biblioteket");
			assertThat(activity.get("organisationName")).isEqualTo("Bodø Sykkelvenner");
		});
		this.client.get()
			.uri("/api/v1/activities?municipality=0301&q={q}", cafeWord)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.total")
			.isEqualTo(0);
		this.client.get()
			.uri("/?q={q}", cafeWord)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(page -> assertThat(page).contains(cafeWord + " på biblioteket"));
		this.client.get()
			.uri("/activities/{id}", found.get(0).get("id"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(page -> assertThat(page).contains("Hver tirsdag kl. 18:00–20:00"));

		// The kiosk at Stormen lists today's free slots; a one-person slot is booked,
		// then full.
		String slotId = this.client.get()
			.uri("/api/v1/libraries/seed-library-stormen/slots?onlyFree=true")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.returnResult()
			.getResponseBody()
			.stream()
			.filter(slot -> Integer.valueOf(1).equals(slot.get("capacity")))
			.map(slot -> (String) slot.get("id"))
			.findFirst()
			.orElseThrow();
		this.client.get()
			.uri("/kiosk/seed-library-stormen")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(page -> assertThat(page).contains(slotId));
		this.client.mutateWith(csrf())
			.post()
			.uri("/kiosk/seed-library-stormen/slots/{slot}/bookings", slotId)
			.body(BodyInserters.fromFormData("firstName", "Amina").with("contact", "412 34 567"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(page -> assertThat(page).contains("Du er booket!").contains("Amina"));
		this.client.mutateWith(csrf())
			.post()
			.uri("/kiosk/seed-library-stormen/slots/{slot}/bookings", slotId)
			.body(BodyInserters.fromFormData("firstName", "Yonas").with("contact", "yonas@example.no"))
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody(String.class)
			.value(page -> assertThat(page).contains("Denne tiden ble akkurat tatt"));
		postJson(this.client, Map.of("firstName", "Olena", "contact", "+4798765432"), "/api/v1/slots/{slot}/bookings",
				slotId)
			.expectStatus()
			.isEqualTo(409)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.nextFreeSlots.length()")
			.isEqualTo(5)
			.jsonPath("$.nextFreeSlots[*].id")
			.value(ids -> assertThat((List<Object>) ids).doesNotContain(slotId));
		// The slot is gone from the kiosk's list of free slots.
		this.client.get()
			.uri("/kiosk/seed-library-stormen")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(page -> assertThat(page).doesNotContain(slotId));
	}

	static MultiValueMap<String, String> registration(String name, String municipality) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("name", name);
		form.add("organisationNumber", OrganisationNumbers.fresh());
		form.add("municipality", municipality);
		form.add("contactName", "Kari Sykkel");
		form.add("contactEmail", "post@sykkelvenner.example.no");
		form.add("contactPhone", "+47 75550101");
		form.add("description", "Vi reparerer sykler sammen og sykler tur hver helg.");
		return form;
	}

	/** The part of a search answer this journey reads. */
	record SearchAnswer(List<Map<String, Object>> items, long total) {
	}

	static Map<String, Object> cafe(String word) {
		return Map.ofEntries(Map.entry("type", "LANGUAGE_CAFE"), Map.entry("title", word + " på biblioteket"),
				Map.entry("description", "Vi snakker norsk over en kopp kaffe. Alle nivåer er velkomne."),
				Map.entry("scheduleKind", "WEEKLY"), Map.entry("days", List.of("TUESDAY")), Map.entry("start", "18:00"),
				Map.entry("end", "20:00"), Map.entry("placeName", "Stormen bibliotek"),
				Map.entry("address", "Storgata 1, 8006 Bodø"), Map.entry("municipality", "1804"),
				Map.entry("languages", List.of("no", "ar")), Map.entry("free", true));
	}

	static MultiValueMap<String, String> cafeForm(String word) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		cafe(word).forEach((key, value) -> {
			if (value instanceof List<?> list) {
				list.forEach(v -> form.add(key, v.toString()));
			}
			else {
				form.add(key, value.toString());
			}
		});
		return form;
	}

}
