package no.hverdag;

import java.util.List;
import java.util.Map;

import no.hverdag.support.HverdagIntegrationTest;
import no.hverdag.support.OrganisationNumbers;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static no.hverdag.support.Requests.postJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockUser;

/**
 * A person signed in with a one-time code can see and download everything the platform
 * holds about them, and delete it: afterwards no collection holds their contact point or
 * name, and their booking counts only as a number.
 */
@HverdagIntegrationTest
class PersonalDataErasureTest {

	@Autowired
	WebTestClient client;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Test
	@DisplayName("export shows every part; deletion leaves nothing personal in any collection")
	void exportThenErase() {
		String email = "erase" + System.nanoTime() + "@example.no";
		String firstName = "Erika" + System.nanoTime();
		WebTestClient person = this.client.mutateWith(mockUser(email)).mutateWith(csrf());

		// Leave traces everywhere: an organisation registered, a booking, a sign-in code
		// and its message.
		postJson(person,
				Map.of("name", "Sletteforeningen", "organisationNumber", OrganisationNumbers.fresh(), "municipality",
						"4003", "contactName", "Styret", "contactEmail", "styret@example.no", "description",
						"Vi prøver sletting."),
				"/api/v1/organisations")
			.expectStatus()
			.isCreated();
		Map<?, ?> slot = this.client.get()
			.uri("/api/v1/libraries/seed-library-skien/slots?onlyFree=true")
			.exchange()
			.expectBodyList(Map.class)
			.returnResult()
			.getResponseBody()
			.get(0);
		postJson(this.client, Map.of("firstName", firstName, "contact", email), "/api/v1/slots/{id}/bookings",
				slot.get("id"))
			.expectStatus()
			.isCreated();
		this.client.mutateWith(csrf())
			.post()
			.uri("/login/code/request")
			.body(BodyInserters.fromFormData("username", email))
			.exchange()
			.expectStatus()
			.isFound();
		assertThat(collectionsMentioning(email)).contains("role_assignments", "organisations", "slots", "outbox",
				"one_time_codes");

		person.get()
			.uri("/api/v1/me/export")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value("Content-Disposition", value -> assertThat(value).contains("attachment"))
			.expectBody()
			.jsonPath("$.account.subject")
			.isEqualTo(email)
			.jsonPath("$.account.roles[0].role")
			.isEqualTo("ORGANISATION_MEMBER")
			.jsonPath("$.organisations.registered[0]")
			.isEqualTo("Sletteforeningen")
			.jsonPath("$.bookings.bookings[0].firstName")
			.isEqualTo(firstName)
			// The sign-in code and the booking's confirmation (issue 6).
			.jsonPath("$.messages.messages.length()")
			.isEqualTo(2);

		person.delete().uri("/api/v1/me").exchange().expectStatus().isNoContent();

		assertThat(collectionsMentioning(email)).isEmpty();
		assertThat(collectionsMentioning(firstName)).isEmpty();
		Document after = this.mongo.findById(slot.get("id"), Document.class, "slots").block();
		assertThat(after.getInteger("remaining")).as("the booking still counts, anonymously")
			.isEqualTo(((Number) slot.get("remaining")).intValue() - 1);
		person.get()
			.uri("/api/v1/me/export")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.account.roles.length()")
			.isEqualTo(0)
			.jsonPath("$.bookings.bookings.length()")
			.isEqualTo(0);
	}

	@Test
	@DisplayName("the page asks for a deliberate confirmation before it deletes")
	void pageNeedsConfirmation() {
		String email = "page" + System.nanoTime() + "@example.no";
		WebTestClient person = this.client.mutateWith(mockUser(email)).mutateWith(csrf());
		person.get()
			.uri("/me")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(page -> assertThat(page).contains("Mine data").contains(email));
		person.post()
			.uri("/me/delete")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.value(page -> assertThat(page).contains("Kryss av for at du forstår"));
		person.post()
			.uri("/me/delete")
			.body(BodyInserters.fromFormData("confirm", "yes"))
			.exchange()
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.valueEquals("Location", "/?deleted");
	}

	private List<String> collectionsMentioning(String text) {
		return this.mongo.getCollectionNames()
			.filterWhen(name -> this.mongo.findAll(Document.class, name)
				.any(document -> document.toJson().toLowerCase().contains(text.toLowerCase())))
			.collectList()
			.block();
	}

}
