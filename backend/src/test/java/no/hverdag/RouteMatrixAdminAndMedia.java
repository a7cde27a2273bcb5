package no.hverdag;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import no.hverdag.RouteAuthorizationMatrixTest.Check;
import no.hverdag.RouteAuthorizationMatrixTest.Role;
import no.hverdag.support.Actors;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * The authorization matrix's cases for issue 12's admin pages and API: the platform admin
 * only.
 */
final class RouteMatrixAdminAndMedia {

	static final Set<Role> ADMIN = Set.of(Role.ADMIN);

	private RouteMatrixAdminAndMedia() {
	}

	static void add(Map<String, Check> cases, WebTestClient client) {
		for (String page : List.of("/admin", "/admin/roles/new", "/admin/libraries/new")) {
			cases.put("GET " + page, new Check(HttpMethod.GET, () -> page, null, null, ADMIN, false, false, null));
		}
		cases.put("GET /api/v1/admin/roles",
				new Check(HttpMethod.GET, () -> "/api/v1/admin/roles", null, null, ADMIN, false, false, null));
		cases.put("POST /admin/roles",
				new Check(
						HttpMethod.POST, () -> "/admin/roles", null, () -> form("personName", "Matrise Koordinator",
								"issuer", Actors.ISSUER, "subject", fresh(), "role", "COORDINATOR", "scope", "0301"),
						ADMIN, false, false, null));
		cases.put("POST /api/v1/admin/roles",
				new Check(HttpMethod.POST, () -> "/api/v1/admin/roles",
						() -> Map.of("personName", "Matrise Ansatt", "issuer", Actors.ISSUER, "subject", fresh(),
								"role", "LIBRARY_STAFF", "scope", "seed-library-oslo"),
						null, ADMIN, false, false, null));
		String[] pageHolder = new String[1];
		cases.put("POST /admin/roles/revoke", new Check(HttpMethod.POST, () -> "/admin/roles/revoke", null, () -> {
			if (pageHolder[0] == null) {
				pageHolder[0] = grantInOslo(client);
			}
			return form("issuer", Actors.ISSUER, "subject", pageHolder[0], "role", "COORDINATOR", "scope", "0301");
		}, ADMIN, true, false, null));
		String[] apiHolder = new String[1];
		cases.put("POST /api/v1/admin/roles/revoke",
				new Check(HttpMethod.POST, () -> "/api/v1/admin/roles/revoke", () -> {
					if (apiHolder[0] == null) {
						apiHolder[0] = grantInOslo(client);
					}
					return Map.of("issuer", Actors.ISSUER, "subject", apiHolder[0], "role", "COORDINATOR", "scope",
							"0301");
				}, null, ADMIN, true, false, null));
		cases.put("POST /admin/libraries",
				new Check(HttpMethod.POST, () -> "/admin/libraries", null,
						() -> form("name", "Matrisebiblioteket", "municipality", "0301", "address", "Matriseveien 1"),
						ADMIN, true, false, null));
		cases.put("POST /api/v1/admin/libraries", new Check(HttpMethod.POST, () -> "/api/v1/admin/libraries",
				() -> Map.of("name", "Matrisebiblioteket API", "municipality", "0301", "address", "Matriseveien 2"),
				null, ADMIN, true, false, null));
	}

	/**
	 * Pictures: the organisation's people upload a real PNG as a multipart form; a
	 * volunteer's photo is for everyone signed in who has offered to be borrowed (every
	 * signed-in role of the matrix has by the time these run).
	 */
	static void media(Map<String, Check> cases, java.util.function.Supplier<String> osloActivity) {
		String org = RouteAuthorizationMatrixTest.OSLO_ORG;
		Set<Role> insiders = RouteAuthorizationMatrixTest.OSLO_ORGANISATION;
		Set<Role> signedIn = RouteAuthorizationMatrixTest.SIGNED_IN;
		cases.put("GET /media/{imageId}/{variant}",
				new Check(HttpMethod.GET, () -> "/media/img-none/full", null, null, Set.of(), false, false, null));
		cases.put("GET /organisations/{id}/logo", new Check(HttpMethod.GET, () -> "/organisations/" + org + "/logo",
				null, null, insiders, false, false, null));
		cases.put("POST /organisations/{id}/logo", new Check(HttpMethod.POST, () -> "/organisations/" + org + "/logo",
				RouteMatrixAdminAndMedia::upload, null, insiders, false, false, null));
		cases.put("GET /organisations/{id}/activities/{activityId}/photo",
				new Check(HttpMethod.GET,
						() -> "/organisations/" + org + "/activities/" + osloActivity.get() + "/photo", null, null,
						insiders, false, false, null));
		cases.put("POST /organisations/{id}/activities/{activityId}/photo",
				new Check(HttpMethod.POST,
						() -> "/organisations/" + org + "/activities/" + osloActivity.get() + "/photo",
						RouteMatrixAdminAndMedia::upload, null, insiders, false, false, null));
		cases.put("GET /volunteer/photo",
				new Check(HttpMethod.GET, () -> "/volunteer/photo", null, null, signedIn, false, false, null));
		cases.put("POST /volunteer/photo", new Check(HttpMethod.POST, () -> "/volunteer/photo",
				RouteMatrixAdminAndMedia::upload, null, signedIn, false, false, null));
	}

	/** A small real PNG with its alternative text, as the upload pages' form sends it. */
	static Object upload() {
		byte[] png = no.hverdag.support.TestImages.png(java.awt.Color.BLACK, 40, 20);
		org.springframework.http.client.MultipartBodyBuilder body = new org.springframework.http.client.MultipartBodyBuilder();
		body.part("file", new org.springframework.core.io.ByteArrayResource(png) {
			@Override
			public String getFilename() {
				return "matrise.png";
			}
		}).contentType(MediaType.IMAGE_PNG);
		body.part("alt", "Et svart matrisebilde");
		return body.build();
	}

	private static String fresh() {
		return "matrix-" + UUID.randomUUID();
	}

	/** A coordinator of Oslo made for one revoke check; returns their subject. */
	private static String grantInOslo(WebTestClient client) {
		String subject = fresh();
		client.mutateWith(Actors.as("admin"))
			.mutateWith(csrf())
			.post()
			.uri("/api/v1/admin/roles")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("personName", "Trekkes tilbake", "issuer", Actors.ISSUER, "subject", subject, "role",
					"COORDINATOR", "scope", "0301"))
			.exchange()
			.expectStatus()
			.isCreated();
		return subject;
	}

	private static MultiValueMap<String, String> form(String... pairs) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			form.add(pairs[i], pairs[i + 1]);
		}
		return form;
	}

}
