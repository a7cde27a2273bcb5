package no.hverdag;

import java.util.Map;

import no.hverdag.support.Actors;
import no.hverdag.support.HverdagIntegrationTest;
import no.hverdag.support.OrganisationNumbers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static no.hverdag.support.Requests.postJson;
import static no.hverdag.support.Requests.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

/** Privileged actions leave an entry that the right people, and only they, can read. */
@HverdagIntegrationTest
class AuditLogTest {

	@Autowired
	WebTestClient client;

	@Test
	@DisplayName("an approval is logged with who, what and where; Bodø's coordinator and the admin read it, Oslo's does not")
	void approvalsAreLogged() {
		String name = "Revisjonsforeningen " + System.nanoTime();
		String id = postJson(signedIn(this.client, Actors.newcomerSubject()),
				Map.of("name", name, "organisationNumber", OrganisationNumbers.fresh(), "municipality", "1804",
						"contactName", "Per", "contactEmail", "per@example.no", "description", "Vi reviderer."),
				"/api/v1/organisations")
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.toString();
		postJson(signedIn(this.client, "koordinator-bodo"), Map.of(), "/api/v1/organisations/{id}/approval", id)
			.expectStatus()
			.isOk();

		String entry = "$[?(@.target == '" + name + " (" + id + ")')]";
		signedIn(this.client, "koordinator-bodo").get()
			.uri("/api/v1/audit")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath(entry + ".action")
			.isEqualTo(java.util.List.of("ORGANISATION_APPROVED"))
			.jsonPath(entry + ".actorSubject")
			.isEqualTo(java.util.List.of("koordinator-bodo"))
			.jsonPath(entry + ".municipality")
			.isEqualTo(java.util.List.of("1804"));
		signedIn(this.client, "admin").get()
			.uri("/api/v1/audit")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath(entry)
			.isNotEmpty();
		signedIn(this.client, "koordinator-oslo").get()
			.uri("/api/v1/audit")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath(entry)
			.isEmpty();
		signedIn(this.client, "frivillig-bodo").get().uri("/api/v1/audit").exchange().expectStatus().isForbidden();
		signedIn(this.client, "koordinator-bodo").get()
			.uri("/coordinator/audit")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(page -> assertThat(page).contains("Godkjente organisasjon").contains(name));
	}

	@Test
	@DisplayName("granting a role is logged in the municipality it concerns")
	void grantsAreLogged() {
		String subject = Actors.newcomerSubject();
		postJson(signedIn(this.client, "admin"),
				Map.of("issuer", Actors.ISSUER, "subject", subject, "municipality", "0301"), "/api/v1/coordinators")
			.expectStatus()
			.isCreated();
		signedIn(this.client, "koordinator-oslo").get()
			.uri("/api/v1/audit")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.action == 'ROLE_GRANTED' && @.target == '" + Actors.ISSUER + " " + subject + "')].detail")
			.isEqualTo(java.util.List.of("COORDINATOR 0301"));
	}

}
