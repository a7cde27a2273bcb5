package no.hverdag;

import java.util.Map;

import no.hverdag.support.Actors;
import no.hverdag.support.HverdagIntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

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
		this.client.mutateWith(Actors.as("koordinator-bodo"))
			.mutateWith(csrf())
			.post()
			.uri("/api/v1/coordinators")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(grant)
			.exchange()
			.expectStatus()
			.isForbidden();
		this.client.mutateWith(Actors.as(newCoordinator))
			.get()
			.uri("/api/v1/moderation/organisations")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(0);

		this.client.mutateWith(Actors.as("admin"))
			.mutateWith(csrf())
			.post()
			.uri("/api/v1/coordinators")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(grant)
			.exchange()
			.expectStatus()
			.isCreated();
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
		this.client.mutateWith(Actors.as("koordinator-oslo"))
			.mutateWith(csrf())
			.post()
			.uri("/api/v1/libraries/seed-library-stormen/staff")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(staff)
			.exchange()
			.expectStatus()
			.isForbidden();
		this.client.mutateWith(Actors.as("frivillig-bodo"))
			.mutateWith(csrf())
			.post()
			.uri("/api/v1/libraries/seed-library-stormen/staff")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(staff)
			.exchange()
			.expectStatus()
			.isForbidden();
		this.client.mutateWith(Actors.as("koordinator-bodo"))
			.mutateWith(csrf())
			.post()
			.uri("/api/v1/libraries/seed-library-stormen/staff")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(staff)
			.exchange()
			.expectStatus()
			.isCreated();
		this.client.mutateWith(Actors.as("koordinator-bodo"))
			.mutateWith(csrf())
			.post()
			.uri("/api/v1/libraries/nope/staff")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(staff)
			.exchange()
			.expectStatus()
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
