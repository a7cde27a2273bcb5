package no.hverdag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import no.hverdag.activities.ActivityPublishing;
import no.hverdag.buddies.BuddyFixture;
import no.hverdag.buddies.internal.BuddyMessages;
import no.hverdag.buddies.internal.BuddyStore;
import no.hverdag.shared.security.RoutePolicy;
import no.hverdag.support.SignUpActivities;
import no.hverdag.support.Actors;
import no.hverdag.support.HverdagIntegrationTest;
import no.hverdag.support.OrganisationNumbers;
import no.hverdag.support.Requests;
import no.hverdag.support.TestClockConfig;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * Every route the application registers has a declared policy, and every route is called
 * as every role against Oslo's data: whoever is outside Oslo's scope (Bodø's coordinator,
 * a member of a Bodø organisation, Stormen's staff, a newcomer, an anonymous visitor)
 * never succeeds where the policy says no, and someone inside it does.
 */
@HverdagIntegrationTest
class RouteAuthorizationMatrixTest {

	enum Role {

		ANONYMOUS(null), NEWCOMER("matrix-newcomer"), MEMBER_BODO("frivillig-bodo"), MEMBER_OSLO("frivillig-oslo"),
		COORDINATOR_BODO("koordinator-bodo"), COORDINATOR_OSLO("koordinator-oslo"), STAFF_STORMEN("bibliotek-stormen"),
		ADMIN("admin"),
		/** Not a person: a kiosk registered at Stormen, with its device credential. */
		KIOSK_STORMEN(null);

		final String subject;

		Role(String subject) {
			this.subject = subject;
		}

	}

	static final Set<Role> EVERYONE = Set.of(Role.values());

	private String stormenKiosk;

	static final Set<Role> SIGNED_IN = Set.of(Role.NEWCOMER, Role.MEMBER_BODO, Role.MEMBER_OSLO, Role.COORDINATOR_BODO,
			Role.COORDINATOR_OSLO, Role.STAFF_STORMEN, Role.ADMIN);

	static final Set<Role> OSLO_ORGANISATION = Set.of(Role.MEMBER_OSLO, Role.COORDINATOR_OSLO, Role.ADMIN);

	static final Set<Role> OSLO_COORDINATION = Set.of(Role.COORDINATOR_OSLO, Role.ADMIN);

	static final String OSLO_ORG = "seed-org-grunerlokka-frivilligsentral";

	static final String OSLO_PENDING = "seed-org-eritreisk-kulturforening-oslo";

	@Autowired
	WebTestClient client;

	@Autowired
	RequestMappingHandlerMapping mappings;

	@Autowired
	org.springframework.data.mongodb.core.ReactiveMongoTemplate mongo;

	@Autowired
	BuddyStore buddyStore;

	@Autowired
	BuddyMessages buddyMessages;

	@Autowired
	java.time.Clock clock;

	@Test
	@DisplayName("every registered route has a declared policy and a case in this matrix, and no declared route is stale")
	void everyRouteIsDeclared() {
		Set<String> registered = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			info.getPatternsCondition()
				.getPatterns()
				.forEach(pattern -> info.getMethodsCondition()
					.getMethods()
					.forEach(method -> registered.add(method.name() + " " + pattern.getPatternString())));
		}
		Set<String> declared = new TreeSet<>();
		RoutePolicy.ROUTES.forEach(route -> declared.add(route.method().name() + " " + route.pattern()));
		assertThat(declared).as("declared policies").isEqualTo(registered);
		assertThat(cases().keySet()).as("matrix cases").containsExactlyInAnyOrderElementsOf(declared);
	}

	/**
	 * Issue 10: the policy's words and the code said different things (a coordinator
	 * could post for an organisation whose route said "members"). The matrix's allowed
	 * roles are what the code answers, so a route whose text names neither coordinators
	 * nor members while the code lets them through, or the other way round, is drift.
	 */
	@Test
	@DisplayName("who the policy names is who the code lets through: coordinators and members as written")
	void policyWordsMatchTheCode() {
		List<String> drift = new ArrayList<>();
		cases().forEach((route, check) -> {
			RoutePolicy policy = RoutePolicy.ROUTES.stream()
				.filter(p -> (p.method().name() + " " + p.pattern()).equals(route))
				.findFirst()
				.orElseThrow();
			String who = policy.who().toLowerCase(java.util.Locale.ROOT);
			if (who.startsWith("anyone") || check.allowed().contains(Role.NEWCOMER)) {
				return;
			}
			boolean coordinatorsPass = check.allowed().contains(Role.COORDINATOR_OSLO)
					|| check.allowed().contains(Role.COORDINATOR_BODO);
			boolean membersPass = check.allowed().contains(Role.MEMBER_OSLO)
					|| check.allowed().contains(Role.MEMBER_BODO);
			if (coordinatorsPass != who.contains("coordinator")) {
				drift.add(route + ": says \"" + policy.who() + "\" but coordinators "
						+ (coordinatorsPass ? "pass" : "are refused"));
			}
			if (membersPass != who.contains("member")) {
				drift.add(route + ": says \"" + policy.who() + "\" but members "
						+ (membersPass ? "pass" : "are refused"));
			}
		});
		assertThat(drift).isEmpty();
	}

	@Test
	@DisplayName("no role outside Oslo's scope succeeds on Oslo's data, and someone inside it does")
	void matrix() {
		List<String> failures = new ArrayList<>();
		cases().forEach((route, check) -> {
			for (Role role : Role.values()) {
				if (check.allowed().contains(role) || !check.exercised().contains(role)) {
					continue;
				}
				int status = call(check, role).getStatus().value();
				if (status < 400 && !isRedirectToLogin(check, role)) {
					failures.add(route + " as " + role + " answered " + status);
				}
			}
			for (Role role : check.allowed()) {
				if (check.once() && role != check.firstAllowed()) {
					continue;
				}
				Answer result;
				try {
					result = call(check, role);
				}
				catch (IllegalStateException timeout) {
					failures.add(route + " as " + role + " did not answer: " + timeout.getMessage());
					continue;
				}
				int status = result.getStatus().value();
				if (status >= 400 && !(check.businessConflictOk() && status == 409)) {
					failures.add(route + " as " + role + " was refused: " + status);
				}
				if (check.forbiddenText() != null && !OSLO_COORDINATION.contains(role)
						&& result.getResponseBody() != null
						&& result.getResponseBody().contains(check.forbiddenText())) {
					failures.add(route + " as " + role + " showed " + check.forbiddenText());
				}
			}
		});
		assertThat(failures).isEmpty();
	}

	private boolean isRedirectToLogin(Check check, Role role) {
		Answer result = call(check, role);
		return result.getStatus().is3xxRedirection()
				&& "/login".equals(String.valueOf(result.getResponseHeaders().getLocation()));
	}

	private Answer call(Check check, Role role) {
		// Pages with every municipality and the grown OpenAPI document exceed the 64 KiB
		// a test client buffers by default (issue 14).
		WebTestClient big = this.client.mutate()
			.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(4 * 1024 * 1024))
			.build();
		WebTestClient client = switch (role) {
			case ANONYMOUS -> big.mutateWith(csrf());
			case KIOSK_STORMEN ->
				big.mutate().defaultHeader("Authorization", "Kiosk " + stormenKiosk()).build().mutateWith(csrf());
			default -> big.mutateWith(Actors.as(role.subject)).mutateWith(csrf());
		};
		WebTestClient.RequestBodySpec request = client.method(check.method()).uri(check.uri().get());
		Object json = check.json() != null ? check.json().get() : null;
		// Issue 12: a MultiValueMap as the "json" body is a multipart form (an upload).
		WebTestClient.RequestHeadersSpec<?> withBody = json instanceof MultiValueMap<?, ?> parts
				? request.body(BodyInserters.fromMultipartData(multipart(parts)))
				: json != null ? request.contentType(MediaType.APPLICATION_JSON).bodyValue(json)
						: check.form() != null ? request.body(BodyInserters.fromFormData(check.form().get())) : request;
		if (check.uri().get().endsWith("/availability")) {
			// A stream never ends: its status and first bytes are the answer.
			org.springframework.test.web.reactive.server.FluxExchangeResult<String> stream = withBody.exchange()
				.returnResult(String.class);
			return new Answer(stream.getStatus(), stream.getResponseHeaders(), null);
		}
		EntityExchangeResult<String> result = withBody.exchange().expectBody(String.class).returnResult();
		return new Answer(result.getStatus(), result.getResponseHeaders(), result.getResponseBody());
	}

	@SuppressWarnings("unchecked")
	private static MultiValueMap<String, ?> multipart(MultiValueMap<?, ?> parts) {
		return (MultiValueMap<String, ?>) parts;
	}

	/** What a call answered: status, headers and (unless a stream) body. */
	record Answer(org.springframework.http.HttpStatusCode getStatus,
			org.springframework.http.HttpHeaders getResponseHeaders, String getResponseBody) {
	}

	/** How to call one route against Oslo's data, and who may succeed. */
	record Check(HttpMethod method, Supplier<String> uri, Supplier<Object> json,
			Supplier<MultiValueMap<String, String>> form, Set<Role> allowed, boolean once, boolean businessConflictOk,
			String forbiddenText, Set<Role> exercised) {

		Check(HttpMethod method, Supplier<String> uri, Supplier<Object> json,
				Supplier<MultiValueMap<String, String>> form, Set<Role> allowed, boolean once,
				boolean businessConflictOk, String forbiddenText) {
			this(method, uri, json, form, allowed, once, businessConflictOk, forbiddenText, EVERYONE);
		}

		Role firstAllowed() {
			for (Role role : Role.values()) {
				if (this.allowed.contains(role)) {
					return role;
				}
			}
			return null;
		}

	}

	private static Check get(String uri, Set<Role> allowed) {
		return new Check(HttpMethod.GET, () -> uri, null, null, allowed, false, false, null);
	}

	private Map<String, Check> cases() {
		Map<String, Check> cases = new LinkedHashMap<>();
		for (String page : List.of("/", "/privacy", "/login", "/login/code", "/kiosk", "/dev/outbox")) {
			cases.put("GET " + page, get(page, EVERYONE));
		}
		cases.put("GET /activities/{id}", get("/activities/seed-activity-0", EVERYONE));
		cases.put("GET /kiosk/{libraryId}", get("/kiosk/seed-library-oslo", EVERYONE));
		cases.put("POST /login/code/request", new Check(HttpMethod.POST, () -> "/login/code/request", null,
				() -> form("username", "matrix@example.no"), EVERYONE, false, false, null));
		cases.put("POST /kiosk/{libraryId}/slots/{slotId}/bookings",
				new Check(HttpMethod.POST, () -> "/kiosk/seed-library-oslo/slots/" + osloSlot() + "/bookings", null,
						() -> form("firstName", "Matrise", "contact", "matrise@example.no"), EVERYONE, false, true,
						null));
		cases.put("POST /api/v1/slots/{slotId}/bookings",
				new Check(HttpMethod.POST, () -> "/api/v1/slots/" + osloSlot() + "/bookings",
						() -> Map.of("firstName", "Matrise", "contact", "matrise@example.no"), null, EVERYONE, false,
						true, null));
		for (String api : List.of("/api/v1/municipalities", "/api/v1/activities", "/api/v1/libraries")) {
			cases.put("GET " + api, get(api, EVERYONE));
		}
		cases.put("GET /api/v1/municipalities/{number}", get("/api/v1/municipalities/0301", EVERYONE));
		cases.put("GET /api/v1/activities/{id}", get("/api/v1/activities/seed-activity-0", EVERYONE));
		cases.put("GET /api/v1/libraries/{id}", get("/api/v1/libraries/seed-library-oslo", EVERYONE));
		cases.put("GET /api/v1/libraries/{id}/slots", get("/api/v1/libraries/seed-library-oslo/slots", EVERYONE));
		cases.put("GET /api/v1/people-to-borrow", get("/api/v1/people-to-borrow?municipality=0301", EVERYONE));
		// "For you": anyone, signed in or not (a kiosk is like anyone); each keeps their
		// own
		// profile.
		cases.put("GET /for-you", get("/for-you", EVERYONE));
		cases.put("POST /for-you", new Check(HttpMethod.POST, () -> "/for-you", null,
				() -> form("languages", "ar", "municipality", "0301"), EVERYONE, false, false, null));
		cases.put("POST /for-you/forget", new Check(HttpMethod.POST, () -> "/for-you/forget", null,
				() -> form("confirm", "yes"), EVERYONE, false, false, null));
		cases.put("GET /api/v1/recommendations",
				get("/api/v1/recommendations?languages=ar&municipality=0301", EVERYONE));
		cases.put("GET /api/v1/resources", get("/api/v1/resources?q=ski&municipality=1804", EVERYONE));

		// Signed in, each acting for themselves.
		for (String own : List.of("/organisations/new", "/organisations/mine", "/me", "/api/v1/me", "/api/v1/me/export",
				"/api/v1/organisations/mine")) {
			cases.put("GET " + own, get(own, SIGNED_IN));
		}
		cases.put("GET /coordinator", new Check(HttpMethod.GET, () -> "/coordinator", null, null, SIGNED_IN, false,
				false, "Eritreisk kulturforening"));
		cases.put("GET /api/v1/moderation/organisations", new Check(HttpMethod.GET,
				() -> "/api/v1/moderation/organisations", null, null, SIGNED_IN, false, false, "Eritreisk"));
		cases.put("POST /organisations", new Check(HttpMethod.POST, () -> "/organisations", null,
				() -> registrationForm(), SIGNED_IN, false, false, null));
		cases.put("POST /api/v1/organisations", new Check(HttpMethod.POST, () -> "/api/v1/organisations",
				() -> registrationForm().toSingleValueMap(), null, SIGNED_IN, false, false, null));
		// Deleting oneself: everyone signed in may, but in a shared store only a
		// throw-away
		// person tries (and an anonymous visitor, who must be refused).
		Set<Role> throwAway = Set.of(Role.ANONYMOUS, Role.NEWCOMER);
		cases.put("POST /me/delete", new Check(HttpMethod.POST, () -> "/me/delete", null, () -> form("confirm", "yes"),
				Set.of(Role.NEWCOMER), true, false, null, throwAway));
		cases.put("DELETE /api/v1/me", new Check(HttpMethod.DELETE, () -> "/api/v1/me", null, null,
				Set.of(Role.NEWCOMER), true, false, null, throwAway));

		// Oslo's organisation: its members, Oslo's coordinator, the admin.
		cases.put("GET /organisations/{id}", get("/organisations/" + OSLO_ORG, OSLO_ORGANISATION));
		cases.put("GET /organisations/{id}/activities/new",
				get("/organisations/" + OSLO_ORG + "/activities/new", OSLO_ORGANISATION));
		cases.put("POST /organisations/{id}/activities",
				new Check(HttpMethod.POST, () -> "/organisations/" + OSLO_ORG + "/activities", null,
						() -> FoundationJourneyTest.cafeForm("Matrise"), OSLO_ORGANISATION, false, false, null));
		cases.put("POST /api/v1/organisations/{organisationId}/activities",
				new Check(HttpMethod.POST, () -> "/api/v1/organisations/" + OSLO_ORG + "/activities",
						() -> FoundationJourneyTest.cafe("Matrise"), null, OSLO_ORGANISATION, false, false, null));
		cases.put("GET /api/v1/organisations/{id}", get("/api/v1/organisations/" + OSLO_PENDING, OSLO_COORDINATION));

		// Oslo's coordination: decisions on a fresh pending Oslo organisation, made once.
		cases.put("POST /coordinator/organisations/{id}/approve",
				decision(id -> "/coordinator/organisations/" + id + "/approve", null, null));
		cases.put("POST /coordinator/organisations/{id}/reject", decision(
				id -> "/coordinator/organisations/" + id + "/reject", null, () -> form("reason", "Mangler vedtekter")));
		cases.put("POST /api/v1/organisations/{id}/approval",
				decision(id -> "/api/v1/organisations/" + id + "/approval", Map::of, null));
		cases.put("POST /api/v1/organisations/{id}/rejection", decision(
				id -> "/api/v1/organisations/" + id + "/rejection", () -> Map.of("reason", "Mangler vedtekter"), null));
		Set<Role> coordinators = Set.of(Role.COORDINATOR_BODO, Role.COORDINATOR_OSLO, Role.ADMIN);
		cases.put("GET /coordinator/audit", get("/coordinator/audit", coordinators));
		cases.put("GET /api/v1/audit", get("/api/v1/audit", coordinators));
		cases.put("POST /api/v1/coordinators", new Check(HttpMethod.POST, () -> "/api/v1/coordinators",
				() -> Map.of("issuer", Actors.ISSUER, "subject", Actors.newcomerSubject(), "municipality", "0301"),
				null, Set.of(Role.ADMIN), false, false, null));
		cases.put("POST /api/v1/libraries/{id}/staff",
				new Check(HttpMethod.POST, () -> "/api/v1/libraries/seed-library-oslo/staff",
						() -> Map.of("issuer", Actors.ISSUER, "subject", Actors.newcomerSubject()), null,
						OSLO_COORDINATION, false, false, null));
		// Bulk import into Oslo's organisation: dry runs (the page without a file asks
		// for
		// one; "import now" of a file no longer kept says so), so nothing is written.
		cases.put("GET /organisations/{id}/activities/import",
				get("/organisations/" + OSLO_ORG + "/activities/import", OSLO_ORGANISATION));
		cases.put("POST /organisations/{id}/activities/import",
				new Check(HttpMethod.POST, () -> "/organisations/" + OSLO_ORG + "/activities/import", null,
						() -> form("step", "check"), OSLO_ORGANISATION, false, false, null));
		cases.put("POST /organisations/{id}/activities/import/confirm",
				new Check(HttpMethod.POST, () -> "/organisations/" + OSLO_ORG + "/activities/import/confirm", null,
						() -> form("upload", "no-such-upload"), OSLO_ORGANISATION, false, false, null));
		cases.put("POST /api/v1/organisations/{organisationId}/activities/import",
				new Check(HttpMethod.POST, () -> "/api/v1/organisations/" + OSLO_ORG + "/activities/import?dryRun=true",
						() -> List.of(FoundationJourneyTest.cafe("Matrise")), null, OSLO_ORGANISATION, false, false,
						null));
		for (String docs : List.of("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/swagger-config", "/api/docs")) {
			cases.put("GET " + docs, get(docs, EVERYONE));
		}
		// Kiosk routes: only a kiosk's credential passes, no person does.
		cases.put("GET /api/v1/kiosk/slots", get("/api/v1/kiosk/slots", Set.of(Role.KIOSK_STORMEN)));
		cases.put("POST /api/v1/kiosk/slots/{slotId}/bookings",
				new Check(HttpMethod.POST, () -> "/api/v1/kiosk/slots/" + osloSlot() + "/bookings",
						() -> Map.of("firstName", "Matrise", "contact", "matrise@example.no"), null, Set.of(), false,
						false, null));
		// Oslo's library: its staff (not in this matrix's roles) and the admin register
		// kiosks.
		cases.put("POST /api/v1/libraries/{id}/kiosks",
				new Check(HttpMethod.POST, () -> "/api/v1/libraries/seed-library-oslo/kiosks",
						() -> Map.of("name", "Matriseskjerm"), null, Set.of(Role.ADMIN), false, false, null));
		cases.put("GET /api/v1/libraries/{id}/kiosks",
				get("/api/v1/libraries/seed-library-oslo/kiosks", Set.of(Role.ADMIN)));
		String[] kiosk = new String[1];
		cases.put("DELETE /api/v1/kiosks/{kioskId}", new Check(HttpMethod.DELETE, () -> {
			if (kiosk[0] == null) {
				kiosk[0] = this.client.mutateWith(Actors.as("bibliotek-oslo"))
					.mutateWith(csrf())
					.post()
					.uri("/api/v1/libraries/seed-library-oslo/kiosks")
					.contentType(MediaType.APPLICATION_JSON)
					.bodyValue(Map.of("name", "Skal trekkes tilbake"))
					.exchange()
					.expectBody(Map.class)
					.returnResult()
					.getResponseBody()
					.get("kioskId")
					.toString();
			}
			return "/api/v1/kiosks/" + kiosk[0];
		}, null, null, Set.of(Role.ADMIN), true, false, null));
		borrowALocal(cases);
		signUpCases(cases);
		// issue 12: the kiosk devices page.
		cases.put("GET /staff/libraries/{libraryId}/kiosks",
				get("/staff/libraries/seed-library-oslo/kiosks", OSLO_LIBRARY));
		cases.put("POST /staff/libraries/{libraryId}/kiosks",
				new Check(HttpMethod.POST, () -> "/staff/libraries/seed-library-oslo/kiosks", null,
						() -> new LinkedMultiValueMap<>(Map.of("name", List.of("Matriseside"))), OSLO_LIBRARY, false,
						false, null));
		String[] pageKiosk = new String[1];
		cases.put("POST /staff/libraries/{libraryId}/kiosks/{kioskId}/revoke", new Check(HttpMethod.POST, () -> {
			if (pageKiosk[0] == null) {
				pageKiosk[0] = this.client.mutateWith(Actors.as("bibliotek-oslo"))
					.mutateWith(csrf())
					.post()
					.uri("/api/v1/libraries/seed-library-oslo/kiosks")
					.contentType(MediaType.APPLICATION_JSON)
					.bodyValue(Map.of("name", "Trekkes tilbake på siden"))
					.exchange()
					.expectBody(Map.class)
					.returnResult()
					.getResponseBody()
					.get("kioskId")
					.toString();
			}
			return "/staff/libraries/seed-library-oslo/kiosks/" + pageKiosk[0] + "/revoke";
		}, null, null, OSLO_LIBRARY, true, false, null));
		buddyCases(cases);
		RouteMatrixVenuesAndEquipment.add(cases, this.client);
		RouteMatrixOrganisationLifecycle.add(cases, this.client);
		RouteMatrixAdminAndMedia.add(cases, this.client);
		RouteMatrixAdminAndMedia.media(cases, this::osloSignUpActivity);
		RouteMatrixSeasons.add(cases, this.client);
		// issue 16: the statement for all; statistics pages by role; the API open.
		cases.put("GET /accessibility", get("/accessibility", EVERYONE));
		cases.put("GET /statistics", get("/statistics", SIGNED_IN));
		cases.put("GET /statistics/municipalities/{number}", get("/statistics/municipalities/0301", OSLO_COORDINATION));
		cases.put("GET /statistics/municipalities/{number}/export.csv",
				get("/statistics/municipalities/0301/export.csv", OSLO_COORDINATION));
		cases.put("GET /statistics/libraries/{libraryId}",
				get("/statistics/libraries/seed-library-oslo", OSLO_LIBRARY));
		cases.put("GET /statistics/libraries/{libraryId}/export.csv",
				get("/statistics/libraries/seed-library-oslo/export.csv", OSLO_LIBRARY));
		cases.put("GET /statistics/country", get("/statistics/country", Set.of(Role.ADMIN)));
		cases.put("GET /statistics/country/export.csv", get("/statistics/country/export.csv", Set.of(Role.ADMIN)));
		cases.put("GET /api/v1/statistics/municipalities/{number}",
				get("/api/v1/statistics/municipalities/0301", EVERYONE));
		cases.put("GET /api/v1/statistics/libraries/{id}",
				get("/api/v1/statistics/libraries/seed-library-oslo", EVERYONE));
		cases.put("GET /api/v1/statistics/country", get("/api/v1/statistics/country", EVERYONE));
		return cases;
	}

	// --- borrow a local (issue 6) ---

	static final Set<Role> OSLO_LIBRARY = Set.of(Role.ADMIN);

	private void borrowALocal(Map<String, Check> cases) {
		cases.put("GET /volunteer", get("/volunteer", SIGNED_IN));
		cases.put("GET /staff", get("/staff", SIGNED_IN));
		cases.put("GET /api/v1/offers/mine", get("/api/v1/offers/mine", SIGNED_IN));
		cases.put("POST /volunteer/offers",
				new Check(
						HttpMethod.POST, () -> "/volunteer/offers", null, () -> form("firstName", "Matrise", "topics",
								"knitting", "languages", "no", "presentation", "Hei", "libraries", "seed-library-oslo"),
						SIGNED_IN, false, false, null));
		cases.put("POST /api/v1/offers", new Check(HttpMethod.POST, () -> "/api/v1/offers", BorrowALocal::offer, null,
				SIGNED_IN, false, false, null));
		cases.put("GET /staff/libraries/{libraryId}", get("/staff/libraries/seed-library-oslo", OSLO_LIBRARY));
		cases.put("GET /api/v1/libraries/{id}/offers", get("/api/v1/libraries/seed-library-oslo/offers", OSLO_LIBRARY));
		cases.put("POST /staff/libraries/{libraryId}/offers/{offerId}/approve",
				osloOffer(id -> "/staff/libraries/seed-library-oslo/offers/" + id + "/approve", null));
		cases.put("POST /staff/libraries/{libraryId}/offers/{offerId}/reject",
				osloOffer(id -> "/staff/libraries/seed-library-oslo/offers/" + id + "/reject", null));
		cases.put("POST /api/v1/offers/{id}/approval", osloOffer(id -> "/api/v1/offers/" + id + "/approval", Map::of));
		cases.put("POST /api/v1/offers/{id}/rejection",
				osloOffer(id -> "/api/v1/offers/" + id + "/rejection", Map::of));
		sessionsAndBookings(cases);
		sessionEdits(cases);
	}

	private String editedSession;

	/**
	 * Issue 12: a session edited again and again (its room only), by each role allowed.
	 */
	private void sessionEdits(Map<String, Check> cases) {
		Supplier<String> session = () -> {
			if (this.editedSession == null) {
				this.editedSession = osloSession("08:00");
			}
			return this.editedSession;
		};
		String lib = "/staff/libraries/seed-library-oslo/sessions/";
		String api = "/api/v1/libraries/seed-library-oslo/sessions/";
		cases.put("GET /staff/libraries/{libraryId}/sessions/{sessionId}/edit", new Check(HttpMethod.GET,
				() -> lib + session.get() + "/edit", null, null, OSLO_LIBRARY, false, false, null));
		cases.put("POST /staff/libraries/{libraryId}/sessions/{sessionId}/edit",
				new Check(
						HttpMethod.POST, () -> lib + session.get() + "/edit", null, () -> form("start", "08:00", "end",
								"08:15", "slotMinutes", "15", "room", "Matriserom 2", "capacity", "1"),
						OSLO_LIBRARY, false, false, null));
		cases.put("PUT /api/v1/libraries/{id}/sessions/{sessionId}",
				new Check(HttpMethod.PUT, () -> api + session.get(), () -> Map.of("room", "Matriserom 3"), null,
						OSLO_LIBRARY, false, false, null));
		cases.put("PATCH /api/v1/libraries/{id}/sessions/{sessionId}", new Check(HttpMethod.PATCH,
				() -> api + session.get(), () -> Map.of("capacity", "2"), null, OSLO_LIBRARY, false, false, null));
	}

	private void sessionsAndBookings(Map<String, Check> cases) {
		String lib = "/staff/libraries/seed-library-oslo";
		String api = "/api/v1/libraries/seed-library-oslo";
		cases.put("POST /staff/libraries/{libraryId}/sessions",
				new Check(HttpMethod.POST, () -> lib + "/sessions", null,
						() -> form("personId", osloPerson(), "kind", "WEEKLY", "dayOfWeek", "MONDAY", "start", "06:00",
								"end", "06:30", "slotMinutes", "30", "room", "Matriserom"),
						OSLO_LIBRARY, false, false, null));
		cases.put("POST /api/v1/libraries/{id}/sessions",
				new Check(HttpMethod.POST, () -> api + "/sessions",
						() -> Map.of("personId", osloPerson(), "kind", "WEEKLY", "dayOfWeek", "MONDAY", "start",
								"06:30", "end", "07:00", "slotMinutes", "30", "room", "Matriserom"),
						null, OSLO_LIBRARY, false, false, null));
		cases.put("GET /api/v1/libraries/{id}/sessions", get(api + "/sessions", OSLO_LIBRARY));
		cases.put("POST /staff/libraries/{libraryId}/sessions/{sessionId}/cancel",
				once(() -> lib + "/sessions/" + osloSession("07:00") + "/cancel", null, null));
		cases.put("DELETE /api/v1/libraries/{id}/sessions/{sessionId}",
				once(() -> api + "/sessions/" + osloSession("07:15"), null, HttpMethod.DELETE));
		cases.put("POST /staff/libraries/{libraryId}/slots/{slotId}/cancel",
				once(() -> lib + "/slots/" + osloSessionSlot("07:30") + "/cancel", null, null));
		cases.put("DELETE /api/v1/libraries/{id}/slots/{slotId}",
				once(() -> api + "/slots/" + osloSessionSlot("07:45"), null, HttpMethod.DELETE));
		// Check-ins of a fresh booking: a 409 says it is not today, which is the right
		// answer for a booking on another day.
		cases.put("POST /staff/libraries/{libraryId}/bookings/{reference}/check-in",
				new Check(HttpMethod.POST, () -> lib + "/bookings/" + osloBooking()[0] + "/check-in", null, null,
						OSLO_LIBRARY, false, true, null));
		cases.put("POST /api/v1/libraries/{id}/check-ins", new Check(HttpMethod.POST, () -> api + "/check-ins",
				() -> Map.of("reference", osloBooking()[0]), null, OSLO_LIBRARY, false, true, null));
		cases.put("POST /staff/libraries/{libraryId}/confirmations",
				new Check(HttpMethod.POST, () -> lib + "/confirmations", null, () -> form("contact", "+4790000001"),
						OSLO_LIBRARY, false, false, null));
		cases.put("POST /kiosk/{libraryId}/check-in",
				new Check(HttpMethod.POST, () -> "/kiosk/seed-library-oslo/check-in", null,
						() -> form("reference", osloBooking()[0]), EVERYONE, false, true, null));
		cases.put("GET /borrow", get("/borrow?topic=norsk", EVERYONE));
		cases.put("GET /api/v1/libraries/{id}/availability", get(api + "/availability", EVERYONE));
		cases.put("POST /borrow/slots/{slotId}/bookings",
				new Check(HttpMethod.POST, () -> "/borrow/slots/" + osloSlot() + "/bookings", null,
						() -> form("firstName", "Matrise", "contact", "matrise-web@example.no"), EVERYONE, false, true,
						null));
		cases.put("GET /bookings/{token}", get(osloBooking()[1], EVERYONE));
		String[] cancel = new String[1];
		cases.put("POST /bookings/{token}/cancel", new Check(HttpMethod.POST, () -> {
			if (cancel[0] == null) {
				cancel[0] = freshOsloBooking()[1] + "/cancel";
			}
			return cancel[0];
		}, null, null, EVERYONE, true, false, null));
	}

	private String osloPersonId;

	private String[] osloBookingRef;

	private String osloPerson() {
		if (this.osloPersonId == null) {
			this.osloPersonId = this.client.get()
				.uri("/api/v1/people-to-borrow?library=seed-library-oslo")
				.exchange()
				.expectBodyList(Map.class)
				.returnResult()
				.getResponseBody()
				.get(0)
				.get("id")
				.toString();
		}
		return this.osloPersonId;
	}

	/** A one-off session at Oslo's library in ten days, set by its staff. */
	private String osloSession(String start) {
		return Requests
			.postJson(Requests.signedIn(this.client, "bibliotek-oslo"), oneOff(start),
					"/api/v1/libraries/seed-library-oslo/sessions")
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.toString();
	}

	private String osloSessionSlot(String start) {
		osloSession(start);
		return no.hverdag.humanlibrary.Slot.idFor(osloPerson(), TestClockConfig.NOW.toLocalDate().plusDays(10),
				java.time.LocalTime.parse(start));
	}

	private Map<String, Object> oneOff(String start) {
		java.time.LocalTime from = java.time.LocalTime.parse(start);
		return Map.of("personId", osloPerson(), "kind", "ONE_OFF", "date",
				TestClockConfig.NOW.toLocalDate().plusDays(10).toString(), "start", start, "end",
				from.plusMinutes(15).toString(), "slotMinutes", "15", "room", "Matriserom");
	}

	/** A booking at Oslo's library: its reference and its page. */
	private String[] osloBooking() {
		if (this.osloBookingRef == null) {
			this.osloBookingRef = freshOsloBooking();
		}
		return this.osloBookingRef;
	}

	private String[] freshOsloBooking() {
		MultiValueMap<String, String> booking = form("firstName", "Matrise", "contact",
				"matrise-" + java.util.UUID.randomUUID() + "@example.no");
		String location = this.client.mutateWith(csrf())
			.post()
			.uri("/borrow/slots/{slot}/bookings", osloSlot())
			.body(BodyInserters.fromFormData(booking))
			.exchange()
			.expectStatus()
			.isSeeOther()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getLocation()
			.getPath();
		String page = this.client.get()
			.uri(location)
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		java.util.regex.Matcher reference = java.util.regex.Pattern.compile("class=\"reference\">([A-Z0-9]{6})<")
			.matcher(page);
		assertThat(reference.find()).as("a reference on " + location).isTrue();
		return new String[] { reference.group(1), location };
	}

	/** A staff action on Oslo's library, made once on fresh data. */
	private Check once(Supplier<String> uri, Supplier<Object> json, HttpMethod method) {
		String[] resolved = new String[1];
		return new Check(method == null ? HttpMethod.POST : method, () -> {
			if (resolved[0] == null) {
				resolved[0] = uri.get();
			}
			return resolved[0];
		}, json, null, OSLO_LIBRARY, true, false, null);
	}

	/** A decision on a fresh pending offer to Oslo's library, made once. */
	private Check osloOffer(java.util.function.Function<String, String> uri, Supplier<Object> json) {
		String[] id = new String[1];
		return new Check(HttpMethod.POST, () -> {
			if (id[0] == null) {
				id[0] = BorrowALocal.offerAt(this.client, Actors.newcomerSubject(), "seed-library-oslo");
			}
			return uri.apply(id[0]);
		}, json, null, OSLO_LIBRARY, true, false, null);
	}

	// --- sign-ups and calendar feeds ---

	@Autowired
	ActivityPublishing publishing;

	private final AtomicInteger signUpCounter = new AtomicInteger();

	private String signUpActivity;

	private String signUpToken;

	private String feedToken;

	private String osloSignUpActivity() {
		if (this.signUpActivity == null) {
			this.signUpActivity = SignUpActivities.weekly(this.publishing, OSLO_ORG, null);
		}
		return this.signUpActivity;
	}

	private Map<String, String> signUpFields() {
		return Map.of("date", SignUpActivities.NEXT_TUESDAY.toString(), "firstName", "Matrise", "contact",
				"matrise-signup-" + this.signUpCounter.incrementAndGet() + "@example.no");
	}

	private String signUpToken() {
		if (this.signUpToken == null) {
			this.signUpToken = this.client.mutateWith(csrf())
				.post()
				.uri("/api/v1/activities/{id}/signups", osloSignUpActivity())
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(signUpFields())
				.exchange()
				.expectStatus()
				.isCreated()
				.expectBody(Map.class)
				.returnResult()
				.getResponseBody()
				.get("cancelToken")
				.toString();
		}
		return this.signUpToken;
	}

	private String feedToken() {
		if (this.feedToken == null) {
			String url = this.client.mutateWith(Actors.as("matrix-newcomer"))
				.mutateWith(csrf())
				.post()
				.uri("/api/v1/me/signups/calendar-feed")
				.exchange()
				.expectStatus()
				.isCreated()
				.expectBody(Map.class)
				.returnResult()
				.getResponseBody()
				.get("url")
				.toString();
			this.feedToken = url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
		}
		return this.feedToken;
	}

	private BuddyFixture buddies;

	private BuddyFixture buddies() {
		if (this.buddies == null) {
			this.buddies = new BuddyFixture(this.client, this.mongo, this.buddyStore, this.buddyMessages, this.clock,
					Role.NEWCOMER.subject);
		}
		return this.buddies;
	}

	/**
	 * Culture buddies (issue 15) against a programme of Oslo's organisation: its members,
	 * Oslo's coordinator and the admin run it, only the coordinator who ran a round sees
	 * it, only the two people answer their proposal.
	 */
	private void buddyCases(Map<String, Check> cases) {
		Set<Role> roundOwner = Set.of(Role.COORDINATOR_OSLO);
		cases.put("GET /buddies", get("/buddies", EVERYONE));
		cases.put("GET /api/v1/buddies/programmes", get("/api/v1/buddies/programmes", EVERYONE));
		cases.put("GET /buddies/programmes/{id}", new Check(HttpMethod.GET,
				() -> "/buddies/programmes/" + buddies().programme, null, null, EVERYONE, false, false, null));
		cases.put("GET /api/v1/buddies/programmes/{id}", new Check(HttpMethod.GET,
				() -> "/api/v1/buddies/programmes/" + buddies().programme, null, null, EVERYONE, false, false, null));
		cases.put("POST /api/v1/buddies/programmes",
				new Check(HttpMethod.POST, () -> "/api/v1/buddies/programmes", () -> Map.of("name", "Matrise",
						"municipality", "0301", "organisationId", OSLO_ORG, "descriptions", Map.of("nb", "Tekst.")),
						null, OSLO_ORGANISATION, false, false, null));
		// Enrolling oneself: anyone signed in; the matrix newcomer is already enrolled
		// (409).
		cases.put("POST /buddies/programmes/{id}/enrolments", new Check(HttpMethod.POST,
				() -> "/buddies/programmes/" + buddies().programme + "/enrolments", null,
				() -> form("side", "NEWCOMER", "firstName", "Matrise", "contact", "matrise-side@example.no",
						"languages", "en", "norwegian", "BEGINNER", "ageBand", "AGE_26_35", "free", "MONDAY_MORNING"),
				SIGNED_IN, false, true, null));
		cases.put("POST /api/v1/buddies/programmes/{id}/enrolments",
				new Check(HttpMethod.POST, () -> "/api/v1/buddies/programmes/" + buddies().programme + "/enrolments",
						() -> BuddyFixture.enrolment("matrise-api", "NEWCOMER", "MONDAY_MORNING"), null, SIGNED_IN,
						false, true, null));
		for (String own : List.of("/buddies/mine", "/api/v1/buddies/enrolments/mine",
				"/api/v1/buddies/pairings/mine")) {
			cases.put("GET " + own, get(own, SIGNED_IN));
		}
		cases.put("GET /buddies/programmes/{id}/coordinate",
				new Check(HttpMethod.GET, () -> "/buddies/programmes/" + buddies().programme + "/coordinate", null,
						null, OSLO_ORGANISATION, false, false, null));
		cases.put("GET /api/v1/buddies/programmes/{id}/enrolments",
				new Check(HttpMethod.GET, () -> "/api/v1/buddies/programmes/" + buddies().programme + "/enrolments",
						null, null, OSLO_ORGANISATION, false, false, null));
		cases.put("GET /api/v1/buddies/programmes/{id}/help-requests",
				new Check(HttpMethod.GET, () -> "/api/v1/buddies/programmes/" + buddies().programme + "/help-requests",
						null, null, OSLO_ORGANISATION, false, false, null));
		cases.put("POST /buddies/programmes/{id}/enrolments/{enrolmentId}/approve",
				new Check(HttpMethod.POST,
						() -> "/buddies/programmes/" + buddies().programme + "/enrolments/" + buddies().awaitingLocal
								+ "/approve",
						null, () -> form("conversationHeld", "true"), OSLO_ORGANISATION, false, true, null));
		cases.put("POST /api/v1/buddies/programmes/{id}/enrolments/{enrolmentId}/approval",
				new Check(HttpMethod.POST,
						() -> "/api/v1/buddies/programmes/" + buddies().programme + "/enrolments/"
								+ buddies().awaitingLocal + "/approval",
						() -> Map.of("conversationHeld", true), null, OSLO_ORGANISATION, false, true, null));
		// A draft is open, so starting another is a conflict for those who may.
		cases.put("POST /buddies/programmes/{id}/rounds",
				new Check(HttpMethod.POST, () -> "/buddies/programmes/" + buddies().programme + "/rounds", null,
						() -> form("interests", "5"), OSLO_ORGANISATION, false, true, null));
		cases.put("POST /api/v1/buddies/programmes/{id}/rounds",
				new Check(HttpMethod.POST, () -> "/api/v1/buddies/programmes/" + buddies().programme + "/rounds",
						Map::of, null, OSLO_ORGANISATION, false, true, null));
		cases.put("GET /buddies/programmes/{id}/rounds/{roundId}",
				new Check(HttpMethod.GET,
						() -> "/buddies/programmes/" + buddies().programme + "/rounds/" + buddies().draftRound, null,
						null, roundOwner, false, false, null));
		cases.put("GET /api/v1/buddies/programmes/{id}/rounds/{roundId}",
				new Check(HttpMethod.GET,
						() -> "/api/v1/buddies/programmes/" + buddies().programme + "/rounds/" + buddies().draftRound,
						null, null, roundOwner, false, false, null));
		cases.put("POST /buddies/programmes/{id}/rounds/{roundId}/run",
				new Check(HttpMethod.POST,
						() -> "/buddies/programmes/" + buddies().programme + "/rounds/" + buddies().draftRound + "/run",
						null, () -> form("version", "0", "interests", "6"), roundOwner, false, true, null));
		cases.put("POST /api/v1/buddies/programmes/{id}/rounds/{roundId}/runs", new Check(HttpMethod.POST,
				() -> "/api/v1/buddies/programmes/" + buddies().programme + "/rounds/" + buddies().draftRound + "/runs",
				() -> Map.of("version", 1), null, roundOwner, false, true, null));
		cases.put("POST /buddies/programmes/{id}/rounds/{roundId}/publish", new Check(HttpMethod.POST,
				() -> "/buddies/programmes/" + buddies().programme + "/rounds/" + buddies().draftRound + "/publish",
				null, () -> form("version", "99"), roundOwner, false, true, null));
		cases.put("POST /api/v1/buddies/programmes/{id}/rounds/{roundId}/publication",
				new Check(
						HttpMethod.POST, () -> "/api/v1/buddies/programmes/" + buddies().programme + "/rounds/"
								+ buddies().draftRound + "/publication",
						() -> Map.of("version", 99), null, roundOwner, false, true, null));
		cases.put("POST /api/v1/buddies/programmes/{id}/rounds/{roundId}/discard",
				new Check(
						HttpMethod.POST, () -> "/api/v1/buddies/programmes/" + buddies().programme + "/rounds/"
								+ buddies().draftRound + "/discard",
						() -> Map.of("version", 99), null, roundOwner, false, true, null));
		// Only the two people answer or end a pairing; the matrix newcomer is one of a
		// pair.
		Set<Role> party = Set.of(Role.NEWCOMER);
		cases.put("POST /buddies/pairings/{id}/answer",
				new Check(HttpMethod.POST, () -> "/buddies/pairings/" + buddies().proposedPairing + "/answer", null,
						() -> form("answer", "YES"), party, false, true, null));
		cases.put("POST /api/v1/buddies/pairings/{id}/answer",
				new Check(HttpMethod.POST, () -> "/api/v1/buddies/pairings/" + buddies().proposedPairing + "/answer",
						() -> Map.of("answer", "YES"), null, party, false, true, null));
		cases.put("POST /buddies/pairings/{id}/ending",
				new Check(HttpMethod.POST, () -> "/buddies/pairings/" + buddies().proposedPairing + "/ending", null,
						() -> form("ending", "FRIENDS"), party, false, true, null));
		cases.put("POST /api/v1/buddies/pairings/{id}/ending",
				new Check(HttpMethod.POST, () -> "/api/v1/buddies/pairings/" + buddies().proposedPairing + "/ending",
						() -> Map.of("ending", "FRIENDS"), null, party, false, true, null));
		// The check-in link is the key: whoever holds it.
		cases.put("GET /buddies/check-in/{token}", new Check(HttpMethod.GET,
				() -> "/buddies/check-in/" + buddies().checkInToken, null, null, EVERYONE, false, false, null));
		cases.put("POST /buddies/check-in/{token}",
				new Check(HttpMethod.POST, () -> "/buddies/check-in/" + buddies().checkInToken, null,
						() -> form("answer", "OFTEN"), EVERYONE, false, false, null));
		cases.put("POST /api/v1/buddies/check-ins/{token}",
				new Check(HttpMethod.POST, () -> "/api/v1/buddies/check-ins/" + buddies().checkInToken,
						() -> Map.of("answer", "SOMETIMES"), null, EVERYONE, false, false, null));
	}

	private void signUpCases(Map<String, Check> cases) {
		cases.put("POST /activities/{id}/signups",
				new Check(HttpMethod.POST, () -> "/activities/" + osloSignUpActivity() + "/signups", null, () -> {
					MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
					signUpFields().forEach(form::add);
					return form;
				}, EVERYONE, false, false, null));
		cases.put("POST /api/v1/activities/{id}/signups",
				new Check(HttpMethod.POST, () -> "/api/v1/activities/" + osloSignUpActivity() + "/signups",
						() -> signUpFields(), null, EVERYONE, false, false, null));
		cases.put("GET /signups/{token}",
				new Check(HttpMethod.GET, () -> "/signups/" + signUpToken(), null, null, EVERYONE, false, false, null));
		cases.put("POST /signups/{token}/cancel", new Check(HttpMethod.POST,
				() -> "/signups/" + signUpToken() + "/cancel", null, null, EVERYONE, false, false, null));
		cases.put("DELETE /api/v1/signups/{token}", new Check(HttpMethod.DELETE,
				() -> "/api/v1/signups/" + signUpToken(), null, null, EVERYONE, false, false, null));
		cases.put("GET /api/v1/activities/{id}/calendar.ics",
				new Check(HttpMethod.GET, () -> "/api/v1/activities/" + osloSignUpActivity() + "/calendar.ics", null,
						null, EVERYONE, false, false, null));
		cases.put("GET /calendar/{feedToken}.ics", new Check(HttpMethod.GET, () -> "/calendar/" + feedToken() + ".ics",
				null, null, EVERYONE, false, false, null));
		for (String own : List.of("/me/signups", "/api/v1/me/signups", "/api/v1/me/signups/calendar.ics")) {
			cases.put("GET " + own, get(own, SIGNED_IN));
		}
		cases.put("POST /me/signups/calendar-feed", new Check(HttpMethod.POST, () -> "/me/signups/calendar-feed", null,
				null, SIGNED_IN, false, false, null));
		cases.put("POST /api/v1/me/signups/calendar-feed", new Check(HttpMethod.POST,
				() -> "/api/v1/me/signups/calendar-feed", null, null, SIGNED_IN, false, false, null));
		cases.put("GET /organisations/{id}/activities/{activityId}/signups",
				new Check(HttpMethod.GET,
						() -> "/organisations/" + OSLO_ORG + "/activities/" + osloSignUpActivity() + "/signups", null,
						null, OSLO_ORGANISATION, false, false, null));
		cases.put("GET /api/v1/organisations/{organisationId}/activities/{activityId}/signups",
				new Check(HttpMethod.GET,
						() -> "/api/v1/organisations/" + OSLO_ORG + "/activities/" + osloSignUpActivity() + "/signups",
						null, null, OSLO_ORGANISATION, false, false, null));
		// Issue 13: an organisation's own versions of its activity's text.
		cases.put("GET /organisations/{id}/activities/{activityId}/translations",
				new Check(HttpMethod.GET, () -> "/organisations/" + OSLO_ORG + "/activities/" + osloSignUpActivity()
						+ "/translations?language=en", null, null, OSLO_ORGANISATION, false, false, null));
		cases.put("POST /organisations/{id}/activities/{activityId}/translations",
				new Check(HttpMethod.POST,
						() -> "/organisations/" + OSLO_ORG + "/activities/" + osloSignUpActivity() + "/translations",
						null, () -> form("translationLanguage", "en", "translationTitle", "Matrix title",
								"translationDescription", "Matrix"),
						OSLO_ORGANISATION, false, false, null));
	}

	/**
	 * A decision route, against a pending Oslo organisation registered for this check
	 * alone.
	 */
	private Check decision(java.util.function.Function<String, String> uri, Supplier<Object> json,
			Supplier<MultiValueMap<String, String>> form) {
		String[] id = new String[1];
		return new Check(HttpMethod.POST, () -> {
			if (id[0] == null) {
				id[0] = registerPendingInOslo();
			}
			return uri.apply(id[0]);
		}, json, form, OSLO_COORDINATION, true, false, null);
	}

	private String registerPendingInOslo() {
		return this.client.mutateWith(Actors.as(Actors.newcomerSubject()))
			.mutateWith(csrf())
			.post()
			.uri("/api/v1/organisations")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(registrationForm().toSingleValueMap())
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.toString();
	}

	private String stormenKiosk() {
		if (this.stormenKiosk == null) {
			this.stormenKiosk = this.client.mutateWith(Actors.as("bibliotek-stormen"))
				.mutateWith(csrf())
				.post()
				.uri("/api/v1/libraries/seed-library-stormen/kiosks")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("name", "Matrisekiosk"))
				.exchange()
				.expectBody(Map.class)
				.returnResult()
				.getResponseBody()
				.get("token")
				.toString();
		}
		return this.stormenKiosk;
	}

	/** A free slot at Oslo's library in the coming week (the matrix books a few). */
	private String osloSlot() {
		for (int day = 0; day < 7; day++) {
			List<Map> free = this.client.get()
				.uri("/api/v1/libraries/seed-library-oslo/slots?onlyFree=true&date={date}",
						TestClockConfig.NOW.toLocalDate().plusDays(day))
				.exchange()
				.expectBodyList(Map.class)
				.returnResult()
				.getResponseBody();
			if (!free.isEmpty()) {
				return free.get(0).get("id").toString();
			}
		}
		throw new IllegalStateException("No free slot at Oslo's library this week");
	}

	private static MultiValueMap<String, String> registrationForm() {
		return form("name", "Matriseforeningen", "organisationNumber", OrganisationNumbers.fresh(), "municipality",
				"0301", "contactName", "Per", "contactEmail", "per@example.no", "description", "Vi tester tilgang.");
	}

	private static MultiValueMap<String, String> form(String... pairs) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			form.add(pairs[i], pairs[i + 1]);
		}
		return form;
	}

}
