package no.hverdag;

import java.util.List;
import java.util.Map;

import no.hverdag.support.Actors;
import no.hverdag.support.HverdagIntegrationTest;
import no.hverdag.support.OrganisationNumbers;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static no.hverdag.support.Requests.postJson;
import static no.hverdag.support.Requests.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * Every kind of bad input and every overreach gets a clear answer in the user's language,
 * and writes nothing.
 */
@HverdagIntegrationTest
class BadInputAndAccessTest {

	static final String PENDING_IN_BODO = "seed-org-syrisk-norsk-kulturforening-bodo";

	@Autowired
	WebTestClient client;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Test
	@DisplayName("HEAD answers as GET would: public pages and API 200 without a body, signed-in pages still ask to sign in")
	void headAsGet() {
		for (String open : List.of("/", "/accessibility", "/api/v1/municipalities/1804")) {
			this.client.head().uri(open).exchange().expectStatus().isOk().expectBody().isEmpty();
		}
		this.client.head().uri("/me").exchange().expectStatus().is3xxRedirection();
		this.client.head().uri("/api/v1/me/signups").exchange().expectStatus().isUnauthorized();
	}

	@Test
	@DisplayName("an invalid organisation number and missing fields answer 400 with field errors and store nothing")
	void invalidRegistrationViaApi() {
		String name = "Ugyldig Forening " + System.nanoTime();
		postJson(signedIn(this.client, Actors.newcomerSubject()),
				Map.of("name", name, "organisationNumber", "123456789", "municipality", "1804", "contactName", "",
						"contactEmail", "not-an-email", "description", "Noe"),
				"/api/v1/organisations")
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(400)
			.jsonPath("$.errors[?(@.field == 'organisationNumber')].message")
			.isEqualTo(List
				.of("Organisasjonsnummeret er ikke gyldig. Det har 9 siffer; sjekk at du har skrevet det riktig."))
			.jsonPath("$.errors[?(@.field == 'contactName')]")
			.exists()
			.jsonPath("$.errors[?(@.field == 'contactEmail')]")
			.exists();
		assertThat(countOrganisationsNamed(name)).isZero();
	}

	@Test
	@DisplayName("problem details speak English when asked in English")
	void problemsInEnglish() {
		this.client.get()
			.uri("/api/v1/activities/does-not-exist")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail")
			.value(detail -> assertThat((String) detail).contains("does-not-exist").doesNotContain("Vi fant"));
	}

	@Test
	@DisplayName("the registration page shows errors inline and keeps what was typed")
	void invalidRegistrationOnPage() {
		String name = "Skrivefeil Forening " + System.nanoTime();
		signedIn(this.client, Actors.newcomerSubject()).post()
			.uri("/organisations")
			.body(BodyInserters.fromFormData("name", name)
				.with("organisationNumber", "987 654 321")
				.with("municipality", "1804")
				.with("contactName", "Per")
				.with("contactEmail", "per@example.no")
				.with("description", "Vi møtes og lager mat sammen."))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(page -> assertThat(page).contains("Organisasjonsnummeret er ikke gyldig")
				.contains("value=\"" + name + "\"")
				.contains("aria-invalid=\"true\"")
				.contains("aria-describedby=\"organisationNumber-error\""));
		assertThat(countOrganisationsNamed(name)).isZero();
	}

	@Test
	@DisplayName("an unknown municipality and a taken organisation number are refused on the fields they concern")
	void unknownMunicipalityAndDuplicateNumber() {
		String number = OrganisationNumbers.fresh();
		Map<String, Object> body = Map.of("name", "Dobbel Forening", "organisationNumber", number, "municipality",
				"9999", "contactName", "Per", "contactEmail", "per@example.no", "description", "Vi er her.");
		postJson(signedIn(this.client, Actors.newcomerSubject()), body, "/api/v1/organisations").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("municipality");

		Map<String, Object> valid = new java.util.HashMap<>(body);
		valid.put("municipality", "4003");
		postJson(signedIn(this.client, Actors.newcomerSubject()), valid, "/api/v1/organisations").expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("PENDING");
		postJson(signedIn(this.client, Actors.newcomerSubject()), valid, "/api/v1/organisations").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("organisationNumber");
		assertThat(
				this.mongo.count(Query.query(Criteria.where("organisationNumber").is(number)), "organisations").block())
			.isEqualTo(1);
	}

	@Test
	@DisplayName("a coordinator cannot decide on another municipality's organisation, and the organisation stays pending")
	void coordinatorOutsideMunicipality() {
		signedIn(this.client, "koordinator-oslo").post()
			.uri("/api/v1/organisations/{id}/approval", PENDING_IN_BODO)
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("Du er ikke koordinator i kommunen til denne organisasjonen.");
		signedIn(this.client, "koordinator-oslo").post()
			.uri("/coordinator/organisations/{id}/approve", PENDING_IN_BODO)
			.exchange()
			.expectStatus()
			.isForbidden();
		assertThat(statusOf(PENDING_IN_BODO)).isEqualTo("PENDING");
		this.client.mutateWith(Actors.as("koordinator-oslo"))
			.get()
			.uri("/coordinator")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(page -> assertThat(page).doesNotContain("Syrisk-norsk"));
	}

	@Test
	@DisplayName("a rejection needs a reason, and a decision is made only once")
	void rejectionAndDoubleDecision() {
		String id = registerPendingIn("1804");
		postJson(signedIn(this.client, "koordinator-bodo"), Map.of("reason", " "),
				"/api/v1/organisations/{id}/rejection", id)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("reason");
		signedIn(this.client, "koordinator-bodo").post()
			.uri("/coordinator/organisations/{id}/reject", id)
			.body(BodyInserters.fromFormData("reason", ""))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(page -> assertThat(page).contains("Skriv en begrunnelse"));
		assertThat(statusOf(id)).isEqualTo("PENDING");

		signedIn(this.client, "koordinator-bodo").post()
			.uri("/coordinator/organisations/{id}/reject", id)
			.body(BodyInserters.fromFormData("reason", "Vi trenger vedtektene deres."))
			.exchange()
			.expectStatus()
			.isSeeOther();
		signedIn(this.client, "koordinator-bodo").post()
			.uri("/api/v1/organisations/{id}/approval", id)
			.exchange()
			.expectStatus()
			.isEqualTo(409);
		assertThat(statusOf(id)).isEqualTo("REJECTED");
	}

	@Test
	@DisplayName("unknown ids answer 404: problem details on the API, a page on the web")
	void unknownIds() {
		this.client.get()
			.uri("/api/v1/activities/nope")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("Vi fant ikke aktiviteten «nope».");
		this.client.get()
			.uri("/api/v1/libraries/nope/slots")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		postJson(this.client, Map.of("firstName", "Ali", "contact", "ali@example.no"), "/api/v1/slots/nope/bookings")
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		this.client.get()
			.uri("/activities/nope")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody(String.class)
			.value(page -> assertThat(page).contains("Vi fant ikke siden"));
		this.client.get().uri("/kiosk/nope").exchange().expectStatus().isNotFound();
		this.client.mutateWith(Actors.as("frivillig-bodo"))
			.get()
			.uri("/api/v1/no-such-route")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	@DisplayName("bad filters and unreadable bodies answer 400, not 500")
	void badFilters() {
		this.client.get()
			.uri("/api/v1/activities?type=NOT_A_TYPE")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		this.client.get()
			.uri("/api/v1/activities?municipality=9999")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("municipality");
		postJson(this.client, "{not json", "/api/v1/slots/x/bookings").expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		this.client.get().uri("/?type=NOT_A_TYPE&lang=xx&municipality=abc").exchange().expectStatus().isOk();
		String longQuery = "kaffe ".repeat(2000);
		this.client.get().uri("/api/v1/activities?q={q}", longQuery).exchange().expectStatus().isOk();
		this.client.get().uri("/?q={q}", longQuery).exchange().expectStatus().isOk();
		this.client.get().uri("/api/v1/activities?q={q}", "\"språk~ (kafé* -| AND").exchange().expectStatus().isOk();
	}

	@Test
	@DisplayName("a malformed time or weekday filter answers 400 naming the parameter")
	void malformedFilters() {
		for (String[] bad : new String[][] { { "after", "25:99" }, { "before", "soon" }, { "weekday", "FUNDAY" } }) {
			no.hverdag.support.Requests.expectRefusedNaming(this.client, "/api/v1/activities?" + bad[0] + "=" + bad[1],
					bad[0]);
		}
		this.client.get()
			.uri("/api/v1/activities?weekday=TUESDAY&after=16:00&municipality=1804&type=LANGUAGE_CAFE")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[*].title")
			.value(titles -> assertThat((List<Object>) titles).contains("Språkkafé på Stormen"));
	}

	@Test
	@DisplayName("an oversized body is refused with 413 as problem details, not read and not a 500")
	void oversizedBody() {
		String huge = "{\"firstName\":\"" + "x".repeat(200_000) + "\",\"contact\":\"a@example.no\"}";
		this.client.post()
			.uri("/api/v1/slots/x/bookings")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(huge)
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("Det du sendte, er for stort.");
	}

	@Test
	@DisplayName("an oversized form on a page is refused with a 413 page, not a 500")
	void oversizedForm() {
		this.client.mutateWith(csrf())
			.post()
			.uri("/kiosk/seed-library-oslo/slots/whatever/bookings")
			.accept(MediaType.TEXT_HTML)
			.body(BodyInserters.fromFormData("firstName", "x".repeat(100_000)).with("contact", "a@example.no"))
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody(String.class)
			.value(page -> assertThat(page).contains("Det du sendte, er for stort."));
	}

	@Test
	@DisplayName("a kiosk cannot book another library's slot, and activities name only languages we know")
	void kioskStaysInItsLibraryAndLanguagesAreKnown() {
		Map<?, ?> osloSlot = this.client.get()
			.uri("/api/v1/libraries/seed-library-oslo/slots?onlyFree=true")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBodyList(Map.class)
			.returnResult()
			.getResponseBody()
			.get(0);
		this.client.mutateWith(csrf())
			.post()
			.uri("/kiosk/seed-library-stormen/slots/{slot}/bookings", osloSlot.get("id"))
			.body(BodyInserters.fromFormData("firstName", "Ali").with("contact", "ali@example.no"))
			.exchange()
			.expectStatus()
			.isNotFound();

		Map<String, Object> cafe = new java.util.HashMap<>(FoundationJourneyTest.cafe("Klingon"));
		cafe.put("languages", List.of("no", "xx"));
		postJson(signedIn(this.client, "frivillig-bodo"), cafe,
				"/api/v1/organisations/seed-org-bodo-frivilligsentral/activities")
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("languages");
	}

	@Test
	@DisplayName("only members post for an organisation, and nobody posts without signing in")
	void postingNeedsMembership() {
		Map<String, Object> cafe = FoundationJourneyTest.cafe("Fremmed");
		postJson(signedIn(this.client, "frivillig-skien"), cafe,
				"/api/v1/organisations/seed-org-bodo-frivilligsentral/activities")
			.expectStatus()
			.isForbidden();
		postJson(this.client, cafe, "/api/v1/organisations/seed-org-bodo-frivilligsentral/activities").expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		this.client.get()
			.uri("/api/v1/activities?q=Fremmed")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.total")
			.isEqualTo(0);
	}

	@Test
	@DisplayName("a kiosk booking without a usable contact is refused inline and takes no place")
	void bookingNeedsContact() {
		Map<?, ?> slot = this.client.get()
			.uri("/api/v1/libraries/seed-library-oslo/slots?onlyFree=true")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBodyList(Map.class)
			.returnResult()
			.getResponseBody()
			.get(0);
		String slotId = (String) slot.get("id");
		this.client.mutateWith(csrf())
			.post()
			.uri("/kiosk/seed-library-oslo/slots/{slot}/bookings", slotId)
			.body(BodyInserters.fromFormData("firstName", "Hamid").with("contact", "12"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.value(page -> assertThat(page).contains("Skriv et telefonnummer (8 siffer) eller en e-postadresse.")
				.contains("value=\"Hamid\""));
		postJson(this.client, Map.of("firstName", "", "contact", "hamid@example.no"), "/api/v1/slots/{slot}/bookings",
				slotId)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("firstName");
		Document stored = this.mongo.findById(slotId, Document.class, "slots").block();
		assertThat(stored.getInteger("remaining")).isEqualTo(slot.get("remaining"));
	}

	private String registerPendingIn(String municipality) {
		return postJson(signedIn(this.client, Actors.newcomerSubject()),
				Map.of("name", "Venteforeningen", "organisationNumber", OrganisationNumbers.fresh(), "municipality",
						municipality, "contactName", "Per", "contactEmail", "per@example.no", "description",
						"Vi venter."),
				"/api/v1/organisations")
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.toString();
	}

	private String statusOf(String organisationId) {
		return this.mongo.findById(organisationId, Document.class, "organisations").block().getString("status");
	}

	private long countOrganisationsNamed(String name) {
		return this.mongo.count(Query.query(Criteria.where("name").is(name)), "organisations").block();
	}

}
