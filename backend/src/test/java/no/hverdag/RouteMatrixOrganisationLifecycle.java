package no.hverdag;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

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
 * The authorization matrix's cases for issue 12's organisation lifecycle, against Oslo's
 * data: each case that changes a listing gets a fresh listing of Grünerløkka
 * Frivilligsentral in Oslo (posted by its member), unpublished or resubmitted first where
 * the route needs that.
 */
final class RouteMatrixOrganisationLifecycle {

	static final String OSLO_ORG = RouteAuthorizationMatrixTest.OSLO_ORG;

	static final Set<Role> EVERYONE = RouteAuthorizationMatrixTest.EVERYONE;

	static final Set<Role> SIGNED_IN = RouteAuthorizationMatrixTest.SIGNED_IN;

	static final Set<Role> OSLO_ORGANISATION = RouteAuthorizationMatrixTest.OSLO_ORGANISATION;

	static final Set<Role> OSLO_COORDINATION = RouteAuthorizationMatrixTest.OSLO_COORDINATION;

	static final String DATE = "2026-12-01";

	private RouteMatrixOrganisationLifecycle() {
	}

	static void add(Map<String, Check> cases, WebTestClient client) {
		String org = "/organisations/" + OSLO_ORG;
		cases.put("GET /organisations/{id}/details", get(() -> org + "/details", OSLO_ORGANISATION));
		cases.put("POST /organisations/{id}/details", new Check(HttpMethod.POST, () -> org + "/details", null,
				() -> detailsForm(client), OSLO_ORGANISATION, false, false, null));
		cases.put("PUT /api/v1/organisations/{id}", new Check(HttpMethod.PUT, () -> "/api/v1/organisations/" + OSLO_ORG,
				() -> detailsForm(client).toSingleValueMap(), null, OSLO_ORGANISATION, false, false, null));
		String listing = "/organisations/" + OSLO_ORG + "/activities/";
		cases.put("GET /organisations/{id}/activities/{activityId}/edit",
				get(cached(() -> fresh(client), id -> listing + id + "/edit"), OSLO_ORGANISATION));
		cases.put("POST /organisations/{id}/activities/{activityId}/edit",
				new Check(HttpMethod.POST, cached(() -> fresh(client), id -> listing + id + "/edit"), null,
						() -> cafeForm(), OSLO_ORGANISATION, false, false, null));
		cases.put("GET /organisations/{id}/activities/{activityId}/withdraw",
				get(cached(() -> fresh(client), id -> listing + id + "/withdraw"), OSLO_ORGANISATION));
		cases.put("POST /organisations/{id}/activities/{activityId}/withdraw", once(id -> listing + id + "/withdraw",
				null, () -> form("confirm", "yes"), () -> fresh(client), OSLO_ORGANISATION));
		cases.put("POST /organisations/{id}/activities/{activityId}/resubmit",
				once(id -> listing + id + "/resubmit", null, null, () -> unpublished(client), OSLO_ORGANISATION));
		cases.put("GET /organisations/{id}/activities/{activityId}/occurrences/{date}/cancel",
				get(cached(() -> fresh(client), id -> listing + id + "/occurrences/" + DATE + "/cancel"),
						OSLO_ORGANISATION));
		cases.put("POST /organisations/{id}/activities/{activityId}/occurrences/{date}/cancel",
				once(id -> listing + id + "/occurrences/" + DATE + "/cancel", null, () -> form("confirm", "yes"),
						() -> fresh(client), OSLO_ORGANISATION));
		cases.put("GET /activities/{id}/report", get(() -> "/activities/seed-activity-0/report", EVERYONE));
		cases.put("POST /activities/{id}/report", new Check(HttpMethod.POST, () -> "/activities/seed-activity-0/report",
				null, () -> form("category", "OTHER"), EVERYONE, false, false, null));
		cases.put("POST /api/v1/activities/{id}/reports",
				new Check(HttpMethod.POST, () -> "/api/v1/activities/seed-activity-0/reports",
						() -> Map.of("category", "OTHER"), null, EVERYONE, false, false, null));
		cases.put("GET /coordinator/listings", get(() -> "/coordinator/listings", SIGNED_IN));
		cases.put("GET /api/v1/moderation/reports", get(() -> "/api/v1/moderation/reports", SIGNED_IN));
		cases.put("GET /api/v1/moderation/listings", get(() -> "/api/v1/moderation/listings", SIGNED_IN));
		cases.put("POST /coordinator/reports/{id}/dismiss", once(id -> "/coordinator/reports/" + id + "/dismiss", null,
				null, () -> report(client), OSLO_COORDINATION));
		cases.put("POST /api/v1/moderation/reports/{id}/dismissal",
				once(id -> "/api/v1/moderation/reports/" + id + "/dismissal", Map::of, null, () -> report(client),
						OSLO_COORDINATION));
		cases.put("GET /coordinator/activities/{id}/unpublish", get(
				cached(() -> fresh(client), id -> "/coordinator/activities/" + id + "/unpublish"), OSLO_COORDINATION));
		cases.put("POST /coordinator/activities/{id}/unpublish",
				once(id -> "/coordinator/activities/" + id + "/unpublish", null,
						() -> form("reason", "Matrise", "confirm", "yes"), () -> fresh(client), OSLO_COORDINATION));
		cases.put("POST /coordinator/activities/{id}/republish",
				once(id -> "/coordinator/activities/" + id + "/republish", null, () -> form("publishAt", ""),
						() -> inReview(client), OSLO_COORDINATION));
		String api = "/api/v1/activities/";
		cases.put("PUT /api/v1/activities/{id}", new Check(HttpMethod.PUT, cached(() -> fresh(client), id -> api + id),
				() -> cafe(), null, OSLO_ORGANISATION, false, false, null));
		cases.put("PATCH /api/v1/activities/{id}",
				new Check(HttpMethod.PATCH, cached(() -> fresh(client), id -> api + id),
						() -> Map.of("title", "Matrise endret"), null, OSLO_ORGANISATION, false, false, null));
		cases.put("POST /api/v1/activities/{id}/withdrawal",
				once(id -> api + id + "/withdrawal", Map::of, null, () -> fresh(client), OSLO_ORGANISATION));
		cases.put("POST /api/v1/activities/{id}/resubmission",
				once(id -> api + id + "/resubmission", Map::of, null, () -> unpublished(client), OSLO_ORGANISATION));
		cases.put("POST /api/v1/activities/{id}/occurrences/{date}/cancellation",
				once(id -> api + id + "/occurrences/" + DATE + "/cancellation", Map::of, null, () -> fresh(client),
						OSLO_ORGANISATION));
		cases.put("POST /api/v1/activities/{id}/unpublishing", once(id -> api + id + "/unpublishing",
				() -> Map.of("reason", "Matrise"), null, () -> fresh(client), OSLO_COORDINATION));
		cases.put("POST /api/v1/activities/{id}/republishing",
				once(id -> api + id + "/republishing", Map::of, null, () -> inReview(client), OSLO_COORDINATION));
	}

	private static Check get(Supplier<String> uri, Set<Role> allowed) {
		return new Check(HttpMethod.GET, uri, null, null, allowed, false, false, null);
	}

	/** One fresh thing for the whole check; only the first allowed role acts on it. */
	private static Check once(Function<String, String> uri, Supplier<Object> json,
			Supplier<MultiValueMap<String, String>> form, Supplier<String> fresh, Set<Role> allowed) {
		return new Check(HttpMethod.POST, cached(fresh, uri), json, form, allowed, true, false, null);
	}

	private static Supplier<String> cached(Supplier<String> fresh, Function<String, String> uri) {
		String[] id = new String[1];
		return () -> {
			if (id[0] == null) {
				id[0] = fresh.get();
			}
			return uri.apply(id[0]);
		};
	}

	/** A weekly Tuesday café of the Oslo organisation, in Oslo. */
	static Map<String, Object> cafe() {
		Map<String, Object> cafe = new HashMap<>(FoundationJourneyTest.cafe("Matrise"));
		cafe.put("municipality", "0301");
		cafe.put("placeName", "Deichman Grünerløkka");
		return cafe;
	}

	private static MultiValueMap<String, String> cafeForm() {
		MultiValueMap<String, String> form = FoundationJourneyTest.cafeForm("Matrise");
		form.set("municipality", "0301");
		return form;
	}

	private static String fresh(WebTestClient client) {
		return client.mutateWith(Actors.as("frivillig-oslo"))
			.mutateWith(csrf())
			.post()
			.uri("/api/v1/organisations/" + OSLO_ORG + "/activities")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(cafe())
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.toString();
	}

	private static String unpublished(WebTestClient client) {
		String id = fresh(client);
		client.mutateWith(Actors.as("koordinator-oslo"))
			.mutateWith(csrf())
			.post()
			.uri("/api/v1/activities/" + id + "/unpublishing")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("reason", "Matrise"))
			.exchange()
			.expectStatus()
			.isOk();
		return id;
	}

	private static String inReview(WebTestClient client) {
		String id = unpublished(client);
		client.mutateWith(Actors.as("frivillig-oslo"))
			.mutateWith(csrf())
			.post()
			.uri("/api/v1/activities/" + id + "/resubmission")
			.exchange()
			.expectStatus()
			.isOk();
		return id;
	}

	private static String report(WebTestClient client) {
		return client.mutateWith(csrf())
			.post()
			.uri("/api/v1/activities/" + fresh(client) + "/reports")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("category", "SPAM"))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.toString();
	}

	/** The organisation's details as they are, sent back unchanged. */
	private static MultiValueMap<String, String> detailsForm(WebTestClient client) {
		Map<?, ?> now = client.mutateWith(Actors.as("admin"))
			.get()
			.uri("/api/v1/organisations/" + OSLO_ORG)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		MultiValueMap<String, String> form = form("name", (String) now.get("name"), "contactName",
				(String) now.get("contactName"), "contactEmail", (String) now.get("contactEmail"), "description",
				(String) now.get("description"), "messageLanguage", (String) now.get("language"));
		if (now.get("contactPhone") != null) {
			form.add("contactPhone", (String) now.get("contactPhone"));
		}
		return form;
	}

	private static MultiValueMap<String, String> form(String... pairs) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			form.add(pairs[i], pairs[i + 1]);
		}
		return form;
	}

}
