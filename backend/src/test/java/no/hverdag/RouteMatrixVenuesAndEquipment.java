package no.hverdag;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
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
 * The authorization matrix's cases for issue 14 (venues and equipment), against Oslo's
 * data: the municipality's school (its coordinator decides), Grünerløkka Frivilligsentral
 * (its member owns the venue and staffs the lending point).
 */
final class RouteMatrixVenuesAndEquipment {

	static final String SCHOOL = "seed-venue-oslo-school";

	static final String CENTRE = "seed-venue-oslo-frivilligsentral";

	static final String OSLO_ORG = RouteAuthorizationMatrixTest.OSLO_ORG;

	static final String POINT = "seed-point-oslo";

	static final String ITEM = POINT + "-reflex";

	static final Set<Role> EVERYONE = RouteAuthorizationMatrixTest.EVERYONE;

	static final Set<Role> SIGNED_IN = RouteAuthorizationMatrixTest.SIGNED_IN;

	static final Set<Role> OSLO_ORGANISATION = RouteAuthorizationMatrixTest.OSLO_ORGANISATION;

	static final Set<Role> OSLO_COORDINATION = RouteAuthorizationMatrixTest.OSLO_COORDINATION;

	static final Set<Role> MEMBER = Set.of(Role.MEMBER_OSLO);

	/** Each fresh booking gets its own evening, so approvals never collide. */
	static final AtomicInteger EVENING = new AtomicInteger();

	static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

	private RouteMatrixVenuesAndEquipment() {
	}

	static void add(Map<String, Check> cases, WebTestClient client) {
		for (String open : List.of("/venues", "/venues/" + SCHOOL, "/venues/" + SCHOOL + "/rooms/gym", "/equipment",
				"/equipment/points/" + POINT, "/api/v1/venues?municipality=0301", "/api/v1/venues/" + SCHOOL,
				"/api/v1/venues/" + SCHOOL + "/photos", "/api/v1/venues/" + SCHOOL + "/rooms/gym/calendar.ics",
				"/api/v1/equipment?municipality=0301", "/api/v1/equipment/points/" + POINT)) {
			cases.put("GET " + pattern(open), get(open, EVERYONE));
		}
		for (String own : List.of("/venues/new", "/venues/manage", "/api/v1/room-bookings/mine",
				"/api/v1/equipment/loans/mine")) {
			cases.put("GET " + own, get(own, SIGNED_IN));
		}
		cases.put("GET /equipment/points/{id}/desk", get("/equipment/points/" + POINT + "/desk", OSLO_ORGANISATION));
		cases.put("GET /api/v1/equipment/points/{id}/desk",
				get("/api/v1/equipment/points/" + POINT + "/desk", OSLO_ORGANISATION));
		// Registering: a member for their approved Oslo organisation.
		cases.put("POST /venues", post("/venues", null, () -> venueForm(), MEMBER, false));
		cases.put("POST /api/v1/venues", post("/api/v1/venues", () -> venueJson(), null, MEMBER, false));
		// The coordinator decides a fresh pending Oslo venue, once.
		cases.put("POST /venues/{id}/approve",
				once(id -> "/venues/" + id + "/approve", null, null, () -> pendingVenue(client), OSLO_COORDINATION));
		cases.put("POST /venues/{id}/decline", once(id -> "/venues/" + id + "/decline", null,
				() -> form("reason", "Mangler"), () -> pendingVenue(client), OSLO_COORDINATION));
		cases.put("POST /api/v1/venues/{id}/approval", once(id -> "/api/v1/venues/" + id + "/approval", Map::of, null,
				() -> pendingVenue(client), OSLO_COORDINATION));
		cases.put("POST /api/v1/venues/{id}/rejection", once(id -> "/api/v1/venues/" + id + "/rejection",
				() -> Map.of("reason", "Mangler"), null, () -> pendingVenue(client), OSLO_COORDINATION));
		// Booking the school's gym: only members of an approved organisation, for it.
		cases.put("POST /venues/{id}/rooms/{room}/bookings",
				new Check(
						HttpMethod.POST, () -> "/venues/" + SCHOOL + "/rooms/gym/bookings", null, () -> form("date",
								"2026-12-07", "from", "18:00", "to", "19:00", "weeks", "1", "organisation", OSLO_ORG),
						MEMBER, false, true, null));
		cases.put("POST /api/v1/venues/{id}/rooms/{room}/bookings",
				new Check(HttpMethod.POST, () -> "/api/v1/venues/" + SCHOOL + "/rooms/gym/bookings",
						() -> bookingJson(LocalDate.of(2026, 12, 7)), null, MEMBER, false, true, null));
		// The school's owner (Oslo's coordinator) decides a fresh request, once.
		cases.put("POST /venues/bookings/{id}/approve", once(id -> "/venues/bookings/" + id + "/approve", null, null,
				() -> requested(client), OSLO_COORDINATION));
		cases.put("POST /venues/bookings/{id}/decline", once(id -> "/venues/bookings/" + id + "/decline", null,
				() -> form("reason", "Opptatt"), () -> requested(client), OSLO_COORDINATION));
		cases.put("POST /api/v1/room-bookings/{id}/approval", once(id -> "/api/v1/room-bookings/" + id + "/approval",
				Map::of, null, () -> requested(client), OSLO_COORDINATION));
		cases.put("POST /api/v1/room-bookings/{id}/rejection", once(id -> "/api/v1/room-bookings/" + id + "/rejection",
				() -> Map.of("reason", "Opptatt"), null, () -> requested(client), OSLO_COORDINATION));
		// The holder or the owner cancels.
		Set<Role> holderOrOwner = Set.of(Role.MEMBER_OSLO, Role.COORDINATOR_OSLO, Role.ADMIN);
		cases.put("POST /venues/bookings/{id}/cancel",
				once(id -> "/venues/bookings/" + id + "/cancel", null, null, () -> requested(client), holderOrOwner));
		cases.put("DELETE /api/v1/room-bookings/{id}",
				new Check(HttpMethod.DELETE, cached(() -> requested(client), id -> "/api/v1/room-bookings/" + id), null,
						null, holderOrOwner, true, false, null));
		equipment(cases, client);
		photos(cases);
	}

	/**
	 * A venue's photos: the centre's owner organisation's members, Oslo's coordinator and
	 * the admin upload a real PNG (three photos, under the limit of four) and remove one.
	 */
	private static void photos(Map<String, Check> cases) {
		cases.put("GET /venues/{id}/photos", get("/venues/" + CENTRE + "/photos", OSLO_ORGANISATION));
		cases.put("POST /venues/{id}/photos", post("/venues/" + CENTRE + "/photos", RouteMatrixAdminAndMedia::upload,
				null, OSLO_ORGANISATION, false));
		cases.put("POST /venues/{id}/photos/{slot}/remove",
				post("/venues/" + CENTRE + "/photos/1/remove", null, () -> form(), OSLO_ORGANISATION, false));
	}

	private static void equipment(Map<String, Check> cases, WebTestClient client) {
		cases.put("POST /equipment/items/{itemId}/reservations",
				post("/equipment/items/" + ITEM + "/reservations", null, () -> form("first",
						TODAY.plusDays(3).toString(), "last", TODAY.plusDays(4).toString(), "count", "1"), SIGNED_IN,
						true));
		cases.put("POST /api/v1/equipment/items/{itemId}/reservations",
				post("/api/v1/equipment/items/" + ITEM + "/reservations", () -> Map.of("first",
						TODAY.plusDays(5).toString(), "last", TODAY.plusDays(6).toString(), "count", 1), null,
						SIGNED_IN, true));
		cases.put("POST /equipment/points/{id}/walk-ins",
				post("/equipment/points/" + POINT + "/walk-ins", null,
						() -> form("item", ITEM, "last", TODAY.plusDays(1).toString(), "count", "1", "name", "Matrise"),
						OSLO_ORGANISATION, true));
		cases.put("POST /api/v1/equipment/items/{itemId}/walk-ins",
				post("/api/v1/equipment/items/" + ITEM + "/walk-ins",
						() -> Map.of("last", TODAY.plusDays(1).toString(), "count", 1, "name", "Matrise"), null,
						OSLO_ORGANISATION, true));
		Set<Role> holderOrStaff = OSLO_ORGANISATION;
		cases.put("POST /equipment/loans/{id}/cancel",
				once(id -> "/equipment/loans/" + id + "/cancel", null, null, () -> reserved(client), holderOrStaff));
		cases.put("DELETE /api/v1/equipment/loans/{id}",
				new Check(HttpMethod.DELETE, cached(() -> reserved(client), id -> "/api/v1/equipment/loans/" + id),
						null, null, holderOrStaff, true, false, null));
		cases.put("POST /equipment/points/{id}/loans/{loanId}/pickup",
				once(id -> "/equipment/points/" + POINT + "/loans/" + id + "/pickup", null, null,
						() -> reserved(client), OSLO_ORGANISATION));
		cases.put("POST /api/v1/equipment/loans/{id}/pickup", once(id -> "/api/v1/equipment/loans/" + id + "/pickup",
				Map::of, null, () -> reserved(client), OSLO_ORGANISATION));
		cases.put("POST /equipment/points/{id}/loans/{loanId}/return",
				once(id -> "/equipment/points/" + POINT + "/loans/" + id + "/return", null, null, () -> walkIn(client),
						OSLO_ORGANISATION));
		cases.put("POST /api/v1/equipment/loans/{id}/return", once(id -> "/api/v1/equipment/loans/" + id + "/return",
				Map::of, null, () -> walkIn(client), OSLO_ORGANISATION));
		cases.put("POST /equipment/points/{id}/loans/{loanId}/lost",
				once(id -> "/equipment/points/" + POINT + "/loans/" + id + "/lost", null, () -> form("note", "Revnet"),
						() -> walkIn(client), OSLO_ORGANISATION));
		cases.put("POST /api/v1/equipment/loans/{id}/loss", once(id -> "/api/v1/equipment/loans/" + id + "/loss",
				() -> Map.of("note", "Revnet"), null, () -> walkIn(client), OSLO_ORGANISATION));
	}

	private static String pattern(String uri) {
		String path = uri.contains("?") ? uri.substring(0, uri.indexOf('?')) : uri;
		return path.replace("/" + SCHOOL, "/{id}")
			.replace("/rooms/gym", "/rooms/{room}")
			.replace("/points/" + POINT, "/points/{id}");
	}

	private static Check get(String uri, Set<Role> allowed) {
		return new Check(HttpMethod.GET, () -> uri, null, null, allowed, false, false, null);
	}

	private static Check post(String uri, Supplier<Object> json, Supplier<MultiValueMap<String, String>> form,
			Set<Role> allowed, boolean conflictOk) {
		return new Check(HttpMethod.POST, () -> uri, json, form, allowed, false, conflictOk, null);
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

	private static String pendingVenue(WebTestClient client) {
		return idOf(as(client, "frivillig-oslo").post()
			.uri("/api/v1/venues")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(venueJson())
			.exchange());
	}

	private static String requested(WebTestClient client) {
		LocalDate day = LocalDate.of(2027, 1, 4).plusWeeks(EVENING.getAndIncrement());
		return idOf(as(client, "frivillig-oslo").post()
			.uri("/api/v1/venues/" + SCHOOL + "/rooms/gym/bookings")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(bookingJson(day))
			.exchange());
	}

	private static String reserved(WebTestClient client) {
		return idOf(as(client, "frivillig-oslo").post()
			.uri("/api/v1/equipment/items/" + ITEM + "/reservations")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("first", TODAY.plusDays(7).toString(), "last", TODAY.plusDays(8).toString(), "count", 1))
			.exchange());
	}

	private static String walkIn(WebTestClient client) {
		return idOf(as(client, "frivillig-oslo").post()
			.uri("/api/v1/equipment/items/" + ITEM + "/walk-ins")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("last", TODAY.plusDays(1).toString(), "count", 1, "name", "Matrise"))
			.exchange());
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

	static Map<String, Object> bookingJson(LocalDate day) {
		return Map.of("date", day.toString(), "from", "18:00", "to", "19:00", "weeks", 1, "organisation", OSLO_ORG);
	}

	static Map<String, Object> venueJson() {
		Map<String, Object> venue = new HashMap<>();
		venueForm().toSingleValueMap().forEach(venue::put);
		venue.put("rooms", List.of(Map.of("name", "Salen", "capacity", 30, "instant", false)));
		venue.remove("roomName");
		venue.remove("roomCapacity");
		return venue;
	}

	static MultiValueMap<String, String> venueForm() {
		return form("name", "Matriselokalet", "municipality", "0301", "address", "Gata 2", "buildingType",
				"VOLUNTEER_CENTRE", "ownerOrganisation", OSLO_ORG, "opens", "09:00", "closes", "21:00", "whoMayBook",
				"ANYONE_SIGNED_IN", "roomName", "Salen", "roomCapacity", "30");
	}

	static MultiValueMap<String, String> form(String... pairs) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			form.add(pairs[i], pairs[i + 1]);
		}
		return form;
	}

}
