package no.hverdag;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import no.hverdag.support.Actors;
import no.hverdag.support.HverdagIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * The OpenAPI document is a contract a client can trust (issue 17). It parses without a
 * message in swagger-parser (what client generators use) and keeps the rules this project
 * lints it by; and every documented operation is called live, its answer's status is one
 * the document lists, and its body is valid against the schema published for that status
 * (networknt json-schema-validator with the OpenAPI 3.1 dialect). Reads are made as the
 * platform admin with the demo content's ids; writes as a person with no roles and an
 * empty body, so what comes back is a problem, validated against the problem schema.
 */
@HverdagIntegrationTest
class ApiContractTest {

	static final String DOCUMENT = "https://hverdag.test/v3/api-docs";

	static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

	private final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	WebTestClient client;

	private WebTestClient big;

	private String document;

	private JsonNode docs;

	@BeforeEach
	void document() {
		this.big = this.client.mutate()
			.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(8 * 1024 * 1024))
			.build();
		this.document = fetchDocument();
		this.docs = this.json.readTree(this.document);
	}

	/**
	 * springdoc builds the document on the first request; on a busy machine that can take
	 * longer than the client's 30 s, so a timed-out first try is retried (it is cached
	 * then).
	 */
	private String fetchDocument() {
		IllegalStateException last = null;
		for (int attempt = 0; attempt < 4; attempt++) {
			try {
				return this.big.get()
					.uri("/v3/api-docs")
					.exchange()
					.expectStatus()
					.isOk()
					.expectBody(String.class)
					.returnResult()
					.getResponseBody();
			}
			catch (IllegalStateException timeout) {
				last = timeout;
			}
		}
		throw new IllegalStateException("/v3/api-docs did not answer in four tries of 30 s", last);
	}

	@Test
	@DisplayName("the document parses cleanly and keeps the lint rules: ids, summaries, problems, media types, limits")
	void lintsClean() {
		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(this.document, null, options);
		assertThat(parsed.getMessages()).as("swagger-parser's messages").isEmpty();
		assertThat(parsed.getOpenAPI().getOpenapi()).startsWith("3.1");

		List<String> violations = new ArrayList<>();
		Set<String> ids = new LinkedHashSet<>();
		operations().forEach(op -> {
			JsonNode operation = op.operation();
			String name = op.method().toUpperCase() + " " + op.path();
			String id = operation.path("operationId").asString("");
			if (id.isBlank() || id.matches(".*_\\d+$") || !ids.add(id)) {
				violations.add(name + ": operationId missing, numbered or repeated: " + id);
			}
			if (operation.path("summary").asString("").isBlank()) {
				violations.add(name + ": no summary");
			}
			JsonNode responses = operation.path("responses");
			boolean anError = false;
			for (String status : responses.propertyNames()) {
				JsonNode content = responses.path(status).path("content");
				if (content.has("*/*")) {
					violations.add(name + " " + status + ": typed */*");
				}
				if (status.startsWith("4") || status.startsWith("5")) {
					anError = true;
					if (!content.has("application/problem+json")) {
						violations.add(name + " " + status + ": not a problem+json answer");
					}
				}
			}
			if (!anError) {
				violations.add(name + ": no error response");
			}
			if (operation.has("requestBody") && operation.path("requestBody")
				.path("content")
				.properties()
				.stream()
				.anyMatch(media -> media.getValue().path("schema").isMissingNode())) {
				violations.add(name + ": a request body without a schema");
			}
			operation.path("parameters").forEach(parameter -> {
				String param = parameter.path("name").asString();
				if ((param.equals("page") || param.equals("size"))
						&& !(parameter.path("schema").has("minimum") && parameter.path("schema").has("maximum"))) {
					violations.add(name + ": paging parameter " + param + " without its limits");
				}
			});
		});
		assertThat(violations).as("lint").isEmpty();
	}

	@Test
	@DisplayName("every documented operation answers with a documented status and a body valid against its schema")
	void liveAnswersMatchTheSchemas() {
		SchemaRegistry registry = SchemaRegistry.withDialect(Dialects.getOpenApi31(),
				builder -> builder.schemas(Map.of(DOCUMENT, this.document)));
		String stranger = "contract-" + UUID.randomUUID();
		List<String> failures = new ArrayList<>();
		int[] validated = { 0 };
		operations().forEach(op -> {
			String uri = concrete(op.path());
			boolean read = op.method().equals("get");
			WebTestClient caller = op.open() ? this.big
					: this.big.mutateWith(Actors.as(read ? "admin" : stranger)).mutateWith(csrf());
			WebTestClient.RequestBodySpec request = caller.method(HttpMethod.valueOf(op.method().toUpperCase()))
				.uri(uri)
				.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON, MediaType.ALL);
			WebTestClient.RequestHeadersSpec<?> ready = read || op.method().equals("delete") ? request
					: request.contentType(MediaType.APPLICATION_JSON).bodyValue("{}");
			String name = op.method().toUpperCase() + " " + uri;
			if (op.operation().path("responses").path("200").path("content").has("text/event-stream")) {
				// A live stream never ends: its status and media type are what can be
				// checked.
				var stream = caller.get()
					.uri(uri)
					.accept(MediaType.TEXT_EVENT_STREAM)
					.exchange()
					.returnResult(String.class);
				if (stream.getStatus().value() != 200 || !MediaType.TEXT_EVENT_STREAM
					.isCompatibleWith(stream.getResponseHeaders().getContentType())) {
					failures.add(name + ": the live stream answered " + stream.getStatus() + " "
							+ stream.getResponseHeaders().getContentType());
				}
				stream.getResponseBody().take(0).blockLast(java.time.Duration.ofSeconds(5));
				return;
			}
			EntityExchangeResult<byte[]> answer = ready.exchange().expectBody().returnResult();
			String status = String.valueOf(answer.getStatus().value());
			JsonNode documented = op.operation().path("responses").path(status);
			if (documented.isMissingNode()) {
				failures.add(name + ": answered " + status + ", which is not documented");
				return;
			}
			MediaType type = answer.getResponseHeaders().getContentType();
			if (type == null || answer.getResponseBody() == null) {
				return;
			}
			String media = type.getType() + "/" + type.getSubtype();
			JsonNode content = documented.path("content").path(media);
			if (content.isMissingNode()) {
				failures.add(name + ": answered " + status + " as " + media + ", documented as "
						+ documented.path("content").propertyNames());
				return;
			}
			if (!media.endsWith("json")) {
				return;
			}
			Schema schema = registry.getSchema(SchemaLocation.of(DOCUMENT + "#/paths/" + pointer(op.path()) + "/"
					+ op.method() + "/responses/" + status + "/content/" + pointer(media) + "/schema"));
			List<Error> errors = schema.validate(new String(answer.getResponseBody()), InputFormat.JSON);
			validated[0]++;
			errors.stream()
				.limit(5)
				.forEach(error -> failures
					.add(name + " " + status + ": " + error.getInstanceLocation() + " " + error.getMessage()));
		});
		assertThat(failures).as("live answers against the published schemas").isEmpty();
		// The validator does reject what the schema does not allow: a search answer with
		// a
		// number for its list, and a problem without its status.
		assertThat(registry
			.getSchema(SchemaLocation
				.of(DOCUMENT + "#/paths/~1api~1v1~1activities/get/responses/200/content/application~1json/schema"))
			.validate("{\"items\": 5, \"total\": \"many\"}", InputFormat.JSON)).as("a wrong search answer")
			.isNotEmpty();
		assertThat(registry.getSchema(SchemaLocation.of(DOCUMENT + "#/components/schemas/Problem"))
			.validate("{\"title\": \"Bad\"}", InputFormat.JSON)).as("a problem without status").isNotEmpty();
		assertThat(validated[0]).as("answers validated").isGreaterThan(operations().size() / 2);
	}

	/**
	 * Path parameters filled with the demo content's ids; anything else is an unknown id
	 * (404).
	 */
	private static String concrete(String path) {
		String organisation = "seed-org-grunerlokka-frivilligsentral";
		String filled = path;
		if (path.startsWith("/api/v1/activities/")) {
			filled = filled.replace("{id}", "seed-activity-0");
		}
		if (path.startsWith("/api/v1/libraries/")) {
			filled = filled.replace("{id}", "seed-library-oslo");
		}
		if (path.contains("/municipalities/")) {
			filled = filled.replace("{number}", "0301");
		}
		if (path.startsWith("/api/v1/organisations/")) {
			filled = filled.replace("{organisationId}", organisation).replace("{id}", organisation);
		}
		return filled.replaceAll("\\{[^}]+}", "contract-unknown");
	}

	private static String pointer(String segment) {
		return segment.replace("~", "~0").replace("/", "~1");
	}

	private List<Op> operations() {
		List<Op> all = new ArrayList<>();
		this.docs.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
			if (METHODS.contains(method.getKey())) {
				JsonNode operation = method.getValue();
				boolean open = operation.has("security") && operation.path("security").isEmpty();
				all.add(new Op(path.getKey(), method.getKey(), operation, open));
			}
		}));
		return all;
	}

	record Op(String path, String method, JsonNode operation, boolean open) {
	}

}
