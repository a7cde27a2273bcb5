package no.hverdag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.hverdag.shared.security.RoutePolicy;
import no.hverdag.support.Actors;
import no.hverdag.support.HverdagIntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.FluxExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.util.UriUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * Bounded fuzzing at the doors users use: every page form in the route policy and every
 * operation in the OpenAPI document, called with hostile path values, field names
 * (indexed and nested), values (empty, blank, NUL, huge, wrong types, nulls in lists) and
 * malformed JSON, as an anonymous visitor and as signed-in people with roles. Nothing a
 * user can send may give a 5xx or show internal detail. Deterministic: a fixed seed and a
 * fixed number of requests per route.
 */
@HverdagIntegrationTest
class NoServerErrorFuzzTest {

	private static final long SEED = 11;

	private static final int REQUESTS_PER_ROUTE = 8;

	private static final List<String> PATH_VALUES = List.of("x", " ", "%00", "ÆØÅ-ü-ع", "a".repeat(400), "{}", "$gt",
			"-1", "0", "..", "seed-library-oslo", "seed-activity-0", "seed-org-grunerlokka-frivilligsentral", "1804");

	private static final List<String> TEXT_VALUES = List.of("", " ", "\u0000", "x".repeat(5000), "[", "{\"a\":1}", "-1",
			"99999999999999999999", "2026-13-45", "25:99", "MONDAY", "null", "ÆØÅ <script>alert(1)</script>",
			"+47 40000000", "a@b.no", "0301", "18:00", "2026-12-01", "true");

	/** Every field name a page form or the API reads, and names no form has. */
	private static final List<String> FIELD_NAMES = List.of("firstName", "contact", "date", "name",
			"organisationNumber", "municipality", "contactName", "contactEmail", "contactPhone", "description", "type",
			"title", "scheduleKind", "days", "start", "end", "placeName", "languages", "capacity", "signUpRequired",
			"personId", "topics", "otherTopic", "presentation", "libraries", "reference", "username", "code", "room",
			"durationMinutes", "slotMinutes", "confirm", "reason", "issuer", "subject", "lat", "lon", "priceNok",
			"accessibility", "level", "audience", "exceptions", "lastDate", "near", "q", "weekday", "page", "size",
			"firstName[0]", "contact.x", "name[a]", "days[]", "translations[en].title", "a.b.c", "class.module");

	private static final List<String> ROLES = List.of("", "admin", "frivillig-oslo", "koordinator-oslo",
			"bibliotek-stormen");

	/** Text an answer must never show: stack traces, exception or class names. */
	private static final Pattern INTERNAL = Pattern
		.compile("Exception|\\bat (no\\.hverdag|org\\.springframework|java\\.)|java\\.lang|\"trace\"|Caused by");

	private static final Pattern VARIABLE = Pattern.compile("\\{[^}]+}");

	@Autowired
	WebTestClient client;

	private final JsonMapper json = JsonMapper.builder().build();

	private final Random random = new Random(SEED);

	@Test
	@DisplayName("no page form and no API operation answers 5xx or internal detail to hostile input")
	void noServerErrors() {
		List<String> failures = new ArrayList<>();
		int sent = 0;
		for (RoutePolicy route : RoutePolicy.ROUTES) {
			if (route.pattern().startsWith("/api/") || route.method() == HttpMethod.GET
					|| route.access() == RoutePolicy.Access.KIOSK) {
				continue;
			}
			for (int i = 0; i < REQUESTS_PER_ROUTE; i++) {
				String uri = fill(route.pattern());
				MultiValueMap<String, String> form = hostileForm();
				sent++;
				check(failures, route.method(), uri, role(route),
						request -> request.contentType(MediaType.APPLICATION_FORM_URLENCODED)
							.body(BodyInserters.fromFormData(form)),
						"form " + form.keySet());
			}
		}
		JsonNode paths = this.json
			.readTree(reader().get()
				.uri("/v3/api-docs")
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody())
			.get("paths");
		for (Map.Entry<String, JsonNode> path : paths.properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				HttpMethod method = HttpMethod.valueOf(operation.getKey().toUpperCase());
				List<String> queryNames = new ArrayList<>();
				operation.getValue().path("parameters").forEach(p -> {
					if ("query".equals(p.path("in").asString())) {
						queryNames.add(p.path("name").asString());
					}
				});
				boolean hasBody = !operation.getValue().path("requestBody").isMissingNode();
				for (int i = 0; i < REQUESTS_PER_ROUTE; i++) {
					String uri = fill(path.getKey()) + hostileQuery(queryNames);
					String body = hasBody ? hostileJson() : null;
					sent++;
					check(failures, method, uri, apiRole(path.getKey()), request -> body == null ? request
							: request.contentType(MediaType.APPLICATION_JSON).bodyValue(body), "body " + body);
				}
			}
		}
		assertThat(sent).as("requests sent").isGreaterThan(500);
		assertThat(failures).as("answers that were 5xx or showed internal detail").isEmpty();
	}

	@Test
	@DisplayName("the inputs that used to give 500 (issue 11) now get a clear answer")
	void knownCases() {
		List<String> failures = new ArrayList<>();
		List<String> forms = List.of("/organisations", "/activities/seed-activity-0/signups",
				"/borrow/slots/x/bookings", "/kiosk/seed-library-oslo/check-in", "/login/code/request",
				"/volunteer/offers", "/staff/libraries/seed-library-oslo/sessions",
				"/kiosk/seed-library-oslo/slots/x/bookings",
				"/organisations/seed-org-grunerlokka-frivilligsentral/activities", "/for-you");
		for (String form : forms) {
			for (String[] field : new String[][] { { "firstName[0]", "x" }, { "contact.x", "y" }, { "name[a]", "b" },
					{ "days", " " }, { "personId", "%%%" }, { "personId", "{\"$gt\": \"\"}" } }) {
				MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
				values.add(field[0], field[1]);
				check(failures, HttpMethod.POST, form, "admin",
						request -> request.contentType(MediaType.APPLICATION_FORM_URLENCODED)
							.body(BodyInserters.fromFormData(values)),
						field[0] + "=" + field[1]);
			}
		}
		for (String query : List.of("weekday=", "weekday=%20", "weekday=%00", "accessibility=%20", "accessibility=",
				"type=", "level=%00", "sort=x")) {
			check(failures, HttpMethod.GET, "/api/v1/activities?" + query, "", request -> request, query);
		}
		for (String list : List.of("topics", "languages", "libraries")) {
			String body = "{\"firstName\":\"Ali\",\"" + list + "\":[null]}";
			check(failures, HttpMethod.POST, "/api/v1/offers", "admin",
					request -> request.contentType(MediaType.APPLICATION_JSON).bodyValue(body), body);
		}
		assertThat(failures).isEmpty();
		this.client.mutateWith(Actors.as("admin"))
			.mutateWith(csrf())
			.post()
			.uri("/api/v1/offers")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"topics\":[null]}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("topics");
	}

	private void check(List<String> failures, HttpMethod method, String uri, String role,
			Function<WebTestClient.RequestBodySpec, WebTestClient.RequestHeadersSpec<?>> body, String sent) {
		WebTestClient client = role.isEmpty() ? reader().mutateWith(csrf())
				: reader().mutateWith(Actors.as(role)).mutateWith(csrf());
		WebTestClient.RequestHeadersSpec<?> request = body.apply(client.method(method).uri(java.net.URI.create(uri)));
		if (uri.contains("/availability")) {
			// A stream never ends: its status is the answer.
			FluxExchangeResult<String> stream = request.exchange().returnResult(String.class);
			if (stream.getStatus().is5xxServerError()) {
				failures.add(method + " " + uri + " as '" + role + "' answered " + stream.getStatus());
			}
			return;
		}
		var result = request.exchange().expectBody(String.class).returnResult();
		String answer = result.getResponseBody() == null ? "" : result.getResponseBody();
		if (result.getStatus().is5xxServerError()) {
			failures.add(method + " " + uri + " as '" + role + "' answered " + result.getStatus() + " to "
					+ abbreviate(sent));
		}
		Matcher internal = INTERNAL.matcher(answer);
		if (internal.find()) {
			failures.add(method + " " + uri + " as '" + role + "' showed '" + internal.group() + "' for "
					+ abbreviate(sent));
		}
	}

	private String fill(String pattern) {
		Matcher matcher = VARIABLE.matcher(pattern);
		StringBuilder uri = new StringBuilder();
		while (matcher.find()) {
			String value = PATH_VALUES.get(this.random.nextInt(PATH_VALUES.size()));
			matcher.appendReplacement(uri,
					Matcher.quoteReplacement("%00".equals(value) ? value : UriUtils.encodePathSegment(value, "UTF-8")));
		}
		matcher.appendTail(uri);
		return uri.toString();
	}

	private MultiValueMap<String, String> hostileForm() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		int fields = 1 + this.random.nextInt(8);
		for (int i = 0; i < fields; i++) {
			form.add(pick(FIELD_NAMES), pick(TEXT_VALUES));
		}
		return form;
	}

	private String hostileQuery(List<String> names) {
		if (names.isEmpty()) {
			return "";
		}
		StringBuilder query = new StringBuilder("?");
		int count = 1 + this.random.nextInt(4);
		for (int i = 0; i < count; i++) {
			String value = pick(TEXT_VALUES);
			query.append(i == 0 ? "" : "&")
				.append(pick(names))
				.append('=')
				.append("\u0000".equals(value) ? "%00" : UriUtils.encodeQueryParam(value, "UTF-8"));
		}
		return query.toString();
	}

	private String hostileJson() {
		int shape = this.random.nextInt(10);
		if (shape == 0) {
			return pick(List.of("{", "[]", "null", "\"text\"", "42", "{\"a\":", "", "{}"));
		}
		Map<String, Object> body = new LinkedHashMap<>();
		int fields = 1 + this.random.nextInt(8);
		for (int i = 0; i < fields; i++) {
			body.put(pick(FIELD_NAMES), hostileJsonValue());
		}
		return this.json.writeValueAsString(body);
	}

	private Object hostileJsonValue() {
		return switch (this.random.nextInt(9)) {
			case 0 -> null;
			case 1 -> java.util.Arrays.asList((Object) null);
			case 2 -> List.of(pick(TEXT_VALUES), pick(TEXT_VALUES));
			case 3 -> Map.of("x", pick(TEXT_VALUES));
			case 4 -> this.random.nextBoolean() ? -1 : Long.MAX_VALUE;
			case 5 -> 1e308;
			case 6 -> true;
			case 7 -> Map.of("en", java.util.Arrays.asList((Object) null));
			default -> pick(TEXT_VALUES);
		};
	}

	/** Who sends a page form: someone its policy lets through, sometimes not. */
	private String role(RoutePolicy route) {
		if (route.pattern().equals("/me/delete")) {
			return Actors.newcomerSubject();
		}
		return pick(ROLES);
	}

	private String apiRole(String path) {
		if (path.equals("/api/v1/me")) {
			// Erasing oneself works: only a throw-away person may try.
			return Actors.newcomerSubject();
		}
		return pick(ROLES);
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	private static String abbreviate(String text) {
		return text.length() > 200 ? text.substring(0, 200) + "…" : text;
	}

	/**
	 * Answers are read whole: the OpenAPI document and pages listing every municipality
	 * are larger than the 64 KiB a test client buffers by default.
	 */
	private WebTestClient reader() {
		return this.client.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(4 * 1024 * 1024)).build();
	}

}
