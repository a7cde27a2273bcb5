package no.hverdag;

import java.util.Map;

import no.hverdag.support.Actors;
import no.hverdag.support.HverdagIntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static no.hverdag.support.Requests.postJson;
import static no.hverdag.support.Requests.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may make whom a coordinator or library staff, and that a granted role takes effect
 * at once.
 */
@HverdagIntegrationTest
class RoleGrantsTest {

	@Autowired
	WebTestClient client;

	@Test
	@DisplayName("the platform admin makes a coordinator, who then sees their municipality's queue; nobody else can")
	void coordinatorsAreMadeByTheAdmin() {
		String newCoordinator = Actors.newcomerSubject();
		Map<String, String> grant = Map.of("issuer", Actors.ISSUER, "subject", newCoordinator, "municipality", "1804");
		postJson(signedIn(this.client, "koordinator-bodo"), grant, "/api/v1/coordinators").expectStatus().isForbidden();
		this.client.mutateWith(Actors.as(newCoordinator))
			.get()
			.uri("/api/v1/moderation/organisations")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(0);

		postJson(signedIn(this.client, "admin"), grant, "/api/v1/coordinators").expectStatus().isCreated();
		this.client.mutateWith(Actors.as(newCoordinator))
			.get()
			.uri("/api/v1/moderation/organisations")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.id == 'seed-org-syrisk-norsk-kulturforening-bodo')]")
			.exists();
	}

	@Test
	@DisplayName("library staff are granted by the coordinator of the library's municipality or the admin, not by others")
	void libraryStaffGrants() {
		Map<String, String> staff = Map.of("issuer", Actors.ISSUER, "subject", Actors.newcomerSubject());
		postJson(signedIn(this.client, "koordinator-oslo"), staff, "/api/v1/libraries/seed-library-stormen/staff")
			.expectStatus()
			.isForbidden();
		postJson(signedIn(this.client, "frivillig-bodo"), staff, "/api/v1/libraries/seed-library-stormen/staff")
			.expectStatus()
			.isForbidden();
		postJson(signedIn(this.client, "koordinator-bodo"), staff, "/api/v1/libraries/seed-library-stormen/staff")
			.expectStatus()
			.isCreated();
		postJson(signedIn(this.client, "koordinator-bodo"), staff, "/api/v1/libraries/nope/staff").expectStatus()
			.isNotFound();
	}

	@Test
	@DisplayName("the seeded coordinator's page shows a way into the queue, an anonymous visitor's does not")
	void navigationFollowsRoles() {
		this.client.mutateWith(Actors.as("koordinator-bodo"))
			.get()
			.uri("/")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(page -> assertThat(page).contains("href=\"/coordinator\""));
		this.client.get()
			.uri("/")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(page -> assertThat(page).doesNotContain("href=\"/coordinator\""));
	}

}
