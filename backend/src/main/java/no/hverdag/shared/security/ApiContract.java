package no.hverdag.shared.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What makes the OpenAPI document a contract a client can generate code from, applied to
 * every operation so no controller can forget it: the RFC 9457 problem schema and the
 * error responses each operation can really give, media types instead of {@code *}/*,
 * nullable properties declared nullable (the API writes {@code null}, it does not omit
 * fields), and operation ids derived from method and path, so they are stable and
 * readable instead of springdoc's numbered {@code one_2}.
 */
@Configuration(proxyBeanMethods = false)
class ApiContract {

	static final String PROBLEM = "Problem";

	static final String FIELD_PROBLEM = "FieldProblem";

	static final String PROBLEM_JSON = "application/problem+json";

	private static final Set<PathItem.HttpMethod> WRITES = Set.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT,
			PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

	@Bean
	OpenApiCustomizer apiContractCustomizer() {
		return openApi -> {
			problemSchemas(openApi);
			if (openApi.getPaths() != null) {
				openApi.getPaths()
					.forEach((path, item) -> item.readOperationsMap()
						.forEach((method, operation) -> shape(path, method, operation)));
			}
			if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
				openApi.getComponents().getSchemas().forEach((name, schema) -> nullable(schema));
			}
		};
	}

	private static void problemSchemas(OpenAPI openApi) {
		Schema<?> fieldProblem = object("One input that was wrong, in the reader's language")
			.addProperty("field", string("The field, parameter or column at fault"))
			.addProperty("message", string("What is wrong and how to put it right"))
			.required(List.of("field", "message"));
		Schema<?> problem = object("RFC 9457 problem details: every error this API answers")
			.addProperty("type", string("A URI naming the kind of problem").format("uri-reference"))
			.addProperty("title", string("A short summary of the kind of problem"))
			.addProperty("status", new JsonSchema().types(Set.of("integer")).description("The HTTP status"))
			.addProperty("detail", string("What went wrong here, in the reader's language"))
			.addProperty("instance", string("The request path").format("uri-reference"))
			.addProperty("errors",
					new JsonSchema().types(Set.of("array"))
						.items(new JsonSchema().$ref("#/components/schemas/" + FIELD_PROBLEM))
						.description("For bad input: each field at fault"))
			.required(List.of("title", "status"));
		openApi.getComponents().addSchemas(FIELD_PROBLEM, fieldProblem);
		openApi.getComponents().addSchemas(PROBLEM, problem);
	}

	private static void shape(String path, PathItem.HttpMethod method, Operation operation) {
		operation.setOperationId(operationId(method, path));
		ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
		responses.forEach((status, response) -> typed(path, status, response));
		boolean hasInput = operation.getRequestBody() != null
				|| operation.getParameters() != null && !operation.getParameters().isEmpty();
		boolean open = operation.getSecurity() != null && operation.getSecurity().isEmpty();
		Map<String, String> errors = new LinkedHashMap<>();
		if (hasInput) {
			errors.put("400", "Bad input: nothing was written; the problem lists each field at fault");
		}
		if (!open) {
			errors.put("401", "Not signed in, or no valid token");
			errors.put("403", "Signed in, but not allowed to do this here");
		}
		if (path.contains("{")) {
			errors.put("404", "No such resource, or not one this caller may see");
		}
		if (WRITES.contains(method)) {
			errors.put("409", "Refused by the current state (full, already decided, taken meanwhile)");
		}
		if (operation.getRequestBody() != null) {
			errors.put("413", "The request body is too large");
			errors.put("415", "The request body's media type is not accepted");
		}
		errors.put("429", "Too many requests from this client: try again later (Retry-After)");
		errors.forEach((status, description) -> {
			if (!responses.containsKey(status)) {
				responses.addApiResponse(status, problem(description));
			}
			else {
				responses.get(status).setContent(problemContent());
			}
		});
		operation.setResponses(responses);
	}

	/** A success response typed by what it really is, never {@code *}/*. */
	private static void typed(String path, String status, ApiResponse response) {
		if (response.getContent() == null || !status.startsWith("2")) {
			return;
		}
		MediaType any = response.getContent().remove("*/*");
		if (any == null) {
			return;
		}
		if (path.endsWith(".ics")) {
			response.getContent()
				.addMediaType("text/calendar", new MediaType().schema(new JsonSchema().types(Set.of("string"))));
		}
		else if (path.endsWith(".csv")) {
			response.getContent()
				.addMediaType("text/csv", new MediaType().schema(new JsonSchema().types(Set.of("string"))));
		}
		else {
			response.getContent().addMediaType("application/json", any);
		}
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description).content(problemContent());
	}

	private static Content problemContent() {
		return new Content().addMediaType(PROBLEM_JSON,
				new MediaType().schema(new JsonSchema().$ref("#/components/schemas/" + PROBLEM)));
	}

	/**
	 * Every property a schema does not require may be {@code null} in an answer: say so,
	 * since clients generated from the document would otherwise reject real answers.
	 */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void nullable(Schema<?> schema) {
		if (schema.getProperties() == null) {
			return;
		}
		List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
		Map<String, Schema> properties = new LinkedHashMap<>(schema.getProperties());
		properties.forEach((name, property) -> {
			if (required.contains(name)) {
				return;
			}
			if (property.get$ref() != null) {
				Schema wrapped = new JsonSchema().anyOf(new ArrayList<>(
						List.of(new JsonSchema().$ref(property.get$ref()), new JsonSchema().types(Set.of("null")))));
				wrapped.setDescription(property.getDescription());
				schema.getProperties().put(name, wrapped);
			}
			else if (property.getTypes() != null && !property.getTypes().contains("null")) {
				Set<String> types = new LinkedHashSet<>(property.getTypes());
				types.add("null");
				property.setTypes(types);
				if (property.getEnum() != null && !property.getEnum().contains(null)) {
					List values = new ArrayList<>(property.getEnum());
					values.add(null);
					property.setEnum(values);
				}
			}
			nullable(property);
			if (property.getItems() != null) {
				nullable(property.getItems());
			}
		});
	}

	/**
	 * {@code GET /api/v1/organisations/{organisationId}/activities} becomes
	 * {@code getOrganisationsByOrganisationIdActivities}: unique because method and path
	 * are, and unchanged as long as the route is.
	 */
	static String operationId(PathItem.HttpMethod method, String path) {
		StringBuilder id = new StringBuilder(method.name().toLowerCase(Locale.ROOT));
		for (String segment : path.replaceFirst("^/api/v1/?", "").split("/")) {
			if (segment.isEmpty()) {
				continue;
			}
			if (segment.startsWith("{")) {
				id.append("By").append(words(segment.substring(1, segment.length() - 1)));
			}
			else {
				id.append(words(segment));
			}
		}
		return id.toString();
	}

	/** "calendar.ics" → "CalendarIcs", "people-to-borrow" → "PeopleToBorrow". */
	private static String words(String segment) {
		StringBuilder out = new StringBuilder();
		for (String word : segment.split("[^A-Za-z0-9]+")) {
			if (!word.isEmpty()) {
				out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
			}
		}
		return out.toString();
	}

	private static Schema<?> object(String description) {
		return new JsonSchema().types(Set.of("object")).description(description);
	}

	private static Schema<?> string(String description) {
		return new JsonSchema().types(Set.of("string")).description(description);
	}

}
