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

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * The authorization matrix's cases for season allocation (issue 14), against Oslo: the
 * coordinator opens, runs, adjusts and publishes; members of Grünerløkka Frivilligsentral
 * (approved) apply for the school's gym.
 */
final class RouteMatrixSeasons {

	static final Set<Role> EVERYONE = RouteAuthorizationMatrixTest.EVERYONE;

	static final Set<Role> OSLO_COORDINATION = RouteAuthorizationMatrixTest.OSLO_COORDINATION;

	static final Set<Role> MEMBER = Set.of(Role.MEMBER_OSLO);

	private RouteMatrixSeasons() {
	}

	static void add(Map<String, Check> cases, WebTestClient client) {
		Supplier<String> season = cached(() -> season(client));
		Supplier<String[]> applied = cached(() -> {
			String id = season(client);
			return new String[] { id, apply(client, id) };
		});
		cases.put("GET /seasons", get(() -> "/seasons", EVERYONE));
		cases.put("GET /seasons/{id}", get(() -> "/seasons/" + season.get(), EVERYONE));
		cases.put("GET /api/v1/seasons", get(() -> "/api/v1/seasons?municipality=0301", EVERYONE));
		cases.put("GET /api/v1/seasons/{id}", get(() -> "/api/v1/seasons/" + season.get(), EVERYONE));
		cases.put("GET /api/v1/season-applications/mine",
				get(() -> "/api/v1/season-applications/mine", RouteAuthorizationMatrixTest.SIGNED_IN));
		cases.put("POST /seasons",
				new Check(HttpMethod.POST, () -> "/seasons", null, () -> RouteMatrixVenuesAndEquipment
					.form("municipality", "0301", "name", "Matrisesesong", "firstDay", "2027-01-04", "weeks", "4"),
						OSLO_COORDINATION, false, false, null));
		cases.put("POST /api/v1/seasons", new Check(HttpMethod.POST, () -> "/api/v1/seasons",
				RouteMatrixSeasons::seasonJson, null, OSLO_COORDINATION, false, false, null));
		cases.put("POST /seasons/{id}/applications", new Check(HttpMethod.POST,
				() -> "/seasons/" + season.get() + "/applications", null,
				() -> RouteMatrixVenuesAndEquipment.form("organisation", RouteAuthorizationMatrixTest.OSLO_ORG, "place",
						RouteMatrixVenuesAndEquipment.SCHOOL + "|gym", "weekday", "TUESDAY", "from", "18:00", "minutes",
						"60", "weeks", "4", "participants", "20", "serves", "CHILDREN_AND_YOUTH"),
				MEMBER, false, false, null));
		cases.put("POST /api/v1/seasons/{id}/applications",
				new Check(HttpMethod.POST, () -> "/api/v1/seasons/" + season.get() + "/applications",
						RouteMatrixSeasons::applicationJson, null, MEMBER, false, false, null));
		cases.put("GET /seasons/{id}/allocation",
				get(() -> "/seasons/" + season.get() + "/allocation", OSLO_COORDINATION));
		cases.put("GET /api/v1/seasons/{id}/allocation",
				get(() -> "/api/v1/seasons/" + season.get() + "/allocation", OSLO_COORDINATION));
		cases.put("GET /api/v1/seasons/{id}/applications",
				get(() -> "/api/v1/seasons/" + season.get() + "/applications", OSLO_COORDINATION));
		cases.put("POST /seasons/{id}/allocation",
				new Check(HttpMethod.POST, () -> "/seasons/" + applied.get()[0] + "/allocation", null, null,
						OSLO_COORDINATION, false, false, null));
		cases.put("POST /api/v1/seasons/{id}/allocation",
				new Check(HttpMethod.POST, () -> "/api/v1/seasons/" + applied.get()[0] + "/allocation", Map::of, null,
						OSLO_COORDINATION, false, false, null));
		cases.put("POST /seasons/{id}/applications/{application}/adjustment",
				new Check(HttpMethod.POST,
						() -> "/seasons/" + applied.get()[0] + "/applications/" + applied.get()[1] + "/adjustment",
						null, () -> RouteMatrixVenuesAndEquipment.form("adjustment", "LOCKED"), OSLO_COORDINATION,
						false, false, null));
		cases.put("POST /api/v1/seasons/{id}/applications/{application}/adjustment", new Check(HttpMethod.POST,
				() -> "/api/v1/seasons/" + applied.get()[0] + "/applications/" + applied.get()[1] + "/adjustment",
				() -> Map.of("adjustment", "NONE"), null, OSLO_COORDINATION, false, false, null));
		cases.put("POST /seasons/{id}/publication",
				new Check(HttpMethod.POST, cached(() -> previewed(client), id -> "/seasons/" + id + "/publication"),
						null, null, OSLO_COORDINATION, true, false, null));
		cases.put("POST /api/v1/seasons/{id}/publication",
				new Check(HttpMethod.POST,
						cached(() -> previewed(client), id -> "/api/v1/seasons/" + id + "/publication"), Map::of, null,
						OSLO_COORDINATION, true, false, null));
	}

	private static Check get(Supplier<String> uri, Set<Role> allowed) {
		return new Check(HttpMethod.GET, uri, null, null, allowed, false, false, null);
	}

	private static <T> Supplier<T> cached(Supplier<T> fresh) {
		Object[] value = new Object[1];
		return () -> {
			if (value[0] == null) {
				value[0] = fresh.get();
			}
			@SuppressWarnings("unchecked")
			T found = (T) value[0];
			return found;
		};
	}

	private static Supplier<String> cached(Supplier<String> fresh, Function<String, String> uri) {
		Supplier<String> id = cached(fresh);
		return () -> uri.apply(id.get());
	}

	static Map<String, Object> seasonJson() {
		return Map.of("municipality", "0301", "name", "Matrisesesong", "firstDay", "2027-01-04", "weeks", 4);
	}

	static Map<String, Object> applicationJson() {
		Map<String, Object> json = new HashMap<>();
		json.put("organisation", RouteAuthorizationMatrixTest.OSLO_ORG);
		json.put("place", RouteMatrixVenuesAndEquipment.SCHOOL + "|");
		json.put("weekday", "WEDNESDAY");
		json.put("from", "18:00");
		json.put("minutes", 60);
		json.put("weeks", 4);
		json.put("participants", 20);
		json.put("serves", "ADULTS");
		return json;
	}

	private static String season(WebTestClient client) {
		return idOf(as(client, "koordinator-oslo").post()
			.uri("/api/v1/seasons")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(seasonJson())
			.exchange());
	}

	private static String apply(WebTestClient client, String season) {
		return idOf(as(client, "frivillig-oslo").post()
			.uri("/api/v1/seasons/" + season + "/applications")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(applicationJson())
			.exchange());
	}

	/** A fresh season with one application and a current preview: ready to publish. */
	private static String previewed(WebTestClient client) {
		String id = season(client);
		apply(client, id);
		as(client, "koordinator-oslo").post()
			.uri("/api/v1/seasons/" + id + "/allocation")
			.exchange()
			.expectStatus()
			.isOk();
		return id;
	}

	private static WebTestClient as(WebTestClient client, String subject) {
		return client.mutateWith(Actors.as(subject)).mutateWith(csrf());
	}

	private static String idOf(WebTestClient.ResponseSpec spec) {
		return spec.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.toString();
	}

}
