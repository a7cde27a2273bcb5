package no.hverdag.admin;

import java.util.List;
import java.util.Map;

import no.hverdag.support.Actors;
import no.hverdag.support.HverdagIntegrationTest;
import no.hverdag.support.OrganisationNumbers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import static no.hverdag.support.Requests.postJson;
import static no.hverdag.support.Requests.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12: the platform admin sees who holds which role by name, grants and revokes
 * coordinators and library staff, and adds libraries; on pages and over the API. Bad
 * input is answered in the admin's language and writes nothing.
 */
@HverdagIntegrationTest
class AdminPagesTest {

	@Autowired
	WebTestClient client;

	private WebTestClient big(String subject) {
		return signedIn(
				this.client.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(4 * 1024 * 1024)).build(),
				subject);
	}

	private String page(String subject, String uri) {
		return big(subject).get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private WebTestClient.ResponseSpec post(String subject, String uri, String... pairs) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			form.add(pairs[i], pairs[i + 1]);
		}
		return big(subject).post().uri(uri).body(BodyInserters.fromFormData(form)).exchange();
	}

	@Test
	@DisplayName("the admin makes someone coordinator of Bodø by name; the overview and the audit log name them; revoking ends it at once")
	void grantAndRevokeACoordinator() {
		String subject = Actors.newcomerSubject();
		post("admin", "/admin/roles", "personName", "Ingrid Hansen", "issuer", Actors.ISSUER, "subject", subject,
				"role", "COORDINATOR", "scope", "1804")
			.expectStatus()
			.isSeeOther()
			.expectHeader()
			.location("/admin?granted");
		String overview = page("admin", "/admin?granted&lang=en");
		assertThat(overview).contains("Ingrid Hansen", "Bodø", "The role is granted")
			.doesNotContain(">" + subject + "<");
		big(subject).get()
			.uri("/api/v1/moderation/organisations")
			.exchange()
			.expectBody()
			.jsonPath("$[?(@.id == 'seed-org-syrisk-norsk-kulturforening-bodo')]")
			.exists();
		assertThat(page("admin", "/coordinator/audit?lang=en")).contains("Ingrid Hansen");

		post("admin", "/admin/roles/revoke", "issuer", Actors.ISSUER, "subject", subject, "role", "COORDINATOR",
				"scope", "1804")
			.expectStatus()
			.isSeeOther();
		assertThat(page("admin", "/admin")).doesNotContain("Ingrid Hansen");
		big(subject).get()
			.uri("/api/v1/moderation/organisations")
			.exchange()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(0);
		assertThat(page("admin", "/coordinator/audit?lang=en")).contains("Took a role back");
	}

	@Test
	@DisplayName("the admin takes an organisation membership back from the overview; the person loses the organisation's pages at once")
	void revokeMembership() {
		String subject = Actors.newcomerSubject();
		String organisationId = (String) postJson(big(subject),
				Map.of("name", "Tilbakekallsforeningen", "organisationNumber", OrganisationNumbers.fresh(),
						"municipality", "1804", "contactName", "Styret", "contactEmail", "styret@example.no",
						"description", "Vi prøver å miste tilgang."),
				"/api/v1/organisations")
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id");
		big(subject).get().uri("/organisations/{id}", organisationId).exchange().expectStatus().isOk();
		assertThat(page("admin", "/admin?lang=en")).contains("Tilbakekallsforeningen");

		post("admin", "/admin/roles/revoke", "issuer", Actors.ISSUER, "subject", subject, "role", "ORGANISATION_MEMBER",
				"scope", organisationId)
			.expectStatus()
			.isSeeOther();
		// as for anyone outside it: a pending organisation is not shown
		big(subject).get().uri("/organisations/{id}", organisationId).exchange().expectStatus().isNotFound();
		big(Actors.newcomerSubject()).get()
			.uri("/organisations/{id}", organisationId)
			.exchange()
			.expectStatus()
			.isNotFound();
		assertThat(page("admin", "/admin?lang=en")).doesNotContain("Tilbakekallsforeningen");
		assertThat(page("admin", "/coordinator/audit?lang=en")).contains("Took a role back");
	}

	@Test
	@DisplayName("library staff are granted per library from the admin's page")
	void grantLibraryStaff() {
		String subject = Actors.newcomerSubject();
		assertThat(page("admin", "/admin/roles/new?role=LIBRARY_STAFF&lang=en")).contains("Make someone library staff",
				"Stormen");
		post("admin", "/admin/roles", "personName", "Ola Bibliotekar", "issuer", Actors.ISSUER, "subject", subject,
				"role", "LIBRARY_STAFF", "scope", "seed-library-stormen")
			.expectStatus()
			.isSeeOther();
		big(subject).get().uri("/staff/libraries/seed-library-stormen/kiosks").exchange().expectStatus().isOk();
		assertThat(page("admin", "/admin")).contains("Ola Bibliotekar");
	}

	@Test
	@DisplayName("a grant with no name and an unknown municipality is refused inline, field by field, in Arabic, and writes nothing")
	void badGrantWritesNothing() {
		String subject = Actors.newcomerSubject();
		String answer = post("admin", "/admin/roles?lang=ar", "personName", " ", "issuer", Actors.ISSUER, "subject",
				subject, "role", "COORDINATOR", "scope", "9999")
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(answer).contains("اكتب اسم الشخص").contains("aria-invalid=\"true\"");
		String unknown = post("admin", "/admin/roles?lang=en", "personName", "Noen", "issuer", Actors.ISSUER, "subject",
				subject, "role", "COORDINATOR", "scope", "9999")
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(unknown).contains("Choose a municipality from the list");
		post("admin", "/admin/roles?lang=en", "personName", "Noen", "issuer", Actors.ISSUER, "subject", subject, "role",
				"PLATFORM_ADMIN", "scope", "*")
			.expectStatus()
			.isBadRequest();
		assertThat(page("admin", "/admin")).doesNotContain("Noen");
		assertThat(page("admin", "/coordinator/audit")).doesNotContain("Noen");
	}

	@Test
	@DisplayName("only the platform admin reaches the admin pages; the configured admin role cannot be revoked, not even by the admin")
	void onlyAdmins() {
		for (String who : List.of("koordinator-bodo", "bibliotek-stormen", "frivillig-bodo")) {
			big(who).get().uri("/admin").exchange().expectStatus().isForbidden();
			post(who, "/admin/roles", "personName", "X", "issuer", Actors.ISSUER, "subject", "x", "role", "COORDINATOR",
					"scope", "1804")
				.expectStatus()
				.isForbidden();
		}
		String overview = page("admin", "/admin?lang=en");
		assertThat(overview).contains("Set in the configuration", "(you)");
		postJson(big("admin"),
				Map.of("issuer", Actors.ISSUER, "subject", "admin", "role", "PLATFORM_ADMIN", "scope", "*"),
				"/api/v1/admin/roles/revoke")
			.expectStatus()
			.isForbidden();
		assertThat(page("admin", "/me?lang=en")).contains("href=\"/admin\"");
		assertThat(page("koordinator-bodo", "/me")).doesNotContain("href=\"/admin\"");
	}

	@Test
	@DisplayName("the admin adds a library with name, municipality and address; a bad one is refused and not added")
	void addLibrary() {
		post("admin", "/admin/libraries", "name", "Saltstraumen bibliotek", "municipality", "1804", "address",
				"Saltstraumveien 1")
			.expectStatus()
			.isSeeOther();
		assertThat(page("admin", "/admin")).contains("Saltstraumen bibliotek", "Saltstraumveien 1");
		String refused = post("admin", "/admin/libraries?lang=en", "name", "", "municipality", "0000", "address",
				"Ingen vei 1")
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(refused).contains("Write the library&#39;s name", "Choose a municipality from the list",
				"value=\"Ingen vei 1\"");
		assertThat(page("admin", "/admin")).doesNotContain("Ingen vei 1");
		big("koordinator-bodo").get().uri("/admin/libraries/new").exchange().expectStatus().isForbidden();
	}

	@Test
	@DisplayName("the API grants, lists with names and ids, revokes, and answers bad input with problem details")
	void api() {
		String subject = Actors.newcomerSubject();
		postJson(big("admin"), Map.of("personName", "Api Person", "issuer", Actors.ISSUER, "subject", subject, "role",
				"LIBRARY_STAFF", "scope", "seed-library-stormen"), "/api/v1/admin/roles")
			.expectStatus()
			.isCreated();
		big("admin").get()
			.uri("/api/v1/admin/roles")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.subject == '" + subject + "')].name")
			.isEqualTo("Api Person")
			.jsonPath("$[?(@.subject == '" + subject + "')].scopeName")
			.isEqualTo("Stormen bibliotek");
		postJson(big("admin"),
				Map.of("personName", "Api Person", "issuer", Actors.ISSUER, "subject", subject, "role", "LIBRARY_STAFF",
						"scope", "no-such-library"),
				"/api/v1/admin/roles")
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("scope");
		postJson(big("admin"), Map.of("issuer", Actors.ISSUER, "subject", subject, "role", "LIBRARY_STAFF", "scope",
				"seed-library-stormen"), "/api/v1/admin/roles/revoke")
			.expectStatus()
			.isNoContent();
		postJson(big("admin"), Map.of("issuer", Actors.ISSUER, "subject", subject, "role", "LIBRARY_STAFF", "scope",
				"seed-library-stormen"), "/api/v1/admin/roles/revoke")
			.expectStatus()
			.isNotFound();
		postJson(big("admin"), Map.of("name", "", "municipality", "1804", "address", "Vei 2"),
				"/api/v1/admin/libraries")
			.expectStatus()
			.isEqualTo(HttpStatus.BAD_REQUEST);
		postJson(big("koordinator-bodo"), Map.of("name", "X", "municipality", "1804", "address", "Vei 2"),
				"/api/v1/admin/libraries")
			.expectStatus()
			.isForbidden();
	}

}
