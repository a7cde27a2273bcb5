package no.hverdag;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import no.hverdag.shared.security.RoutePolicy;
import no.hverdag.support.HverdagIntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description covers the whole {@code /api/v1} and nothing else, says who may
 * call what as the route policy does, and explains every search parameter; Swagger UI is
 * public.
 */
@HverdagIntegrationTest
class ApiDocsTest {

	static final List<String> SEARCH_PARAMETERS = List.of("q", "municipality", "near", "radiusKm", "type", "lang",
			"level", "audience", "free", "weekday", "after", "before", "from", "to", "accessibility", "sort", "page",
			"size");

	@Autowired
	WebTestClient client;

	@Test
	@DisplayName("/v3/api-docs lists exactly the /api/v1 routes of the route policy, with their scopes")
	void everyApiRouteIsDescribed() {
		Map<String, Object> docs = docs();
		Set<String> described = new TreeSet<>();
		paths(docs).forEach((path, operations) -> operations.keySet()
			.forEach(method -> described.add(method.toUpperCase() + " " + path)));
		Set<String> declared = new TreeSet<>();
		RoutePolicy.ROUTES.stream()
			.filter(route -> route.pattern().startsWith("/api/v1/"))
			.forEach(route -> declared.add(route.method().name() + " " + route.pattern()));
		assertThat(described).isEqualTo(declared);

		Map<String, Object> post = operation(docs, "/api/v1/organisations/{organisationId}/activities", "post");
		assertThat(post).containsEntry("x-required-scope", "hverdag.activities");
		assertThat(post.get("security").toString()).contains("bearer=[hverdag.activities]");
		assertThat(operation(docs, "/api/v1/activities", "get")).containsEntry("security", List.of());
		assertThat(docs.get("components").toString()).contains("bearerFormat=JWT");
	}

	@Test
	@DisplayName("every parameter of the activity search is described")
	@SuppressWarnings("unchecked")
	void searchParametersAreDescribed() {
		List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation(docs(), "/api/v1/activities",
				"get")
			.get("parameters");
		assertThat(parameters).extracting(p -> p.get("name")).containsExactlyInAnyOrderElementsOf(SEARCH_PARAMETERS);
		assertThat(parameters).allSatisfy(p -> assertThat((String) p.get("description")).isNotBlank());
		assertThat(parameters).allSatisfy(p -> assertThat(p).containsEntry("in", "query"));
	}

	@Test
	@DisplayName("Swagger UI is public and its page needs no inline script")
	void swaggerUiIsPublic() {
		String location = this.client.get()
			.uri("/api/docs")
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getLocation()
			.toString();
		String page = this.client.get()
			.uri(location)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("swagger-ui-bundle.js").doesNotContainPattern("<script(?![^>]*src=)[^>]*>");
		this.client.get().uri("/v3/api-docs/swagger-config").exchange().expectStatus().isOk();
		this.client.get()
			.uri(location.replace("index.html", "swagger-initializer.js"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(script -> assertThat(script).contains("/v3/api-docs"));
	}

	private Map<String, Object> docs() {
		return this.client.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, Object>> paths(Map<String, Object> docs) {
		return (Map<String, Map<String, Object>>) docs.get("paths");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> operation(Map<String, Object> docs, String path, String method) {
		return (Map<String, Object>) paths(docs).get(path).get(method);
	}

}
