package no.hverdag;

import java.util.Map;

import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SpanProcessor;
import no.hverdag.support.ServerTestSupport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator and an orchestrator see: probes with status only on the public port,
 * details and metrics only on the management port.
 */
class OperationsEndpointsTest extends ServerTestSupport {

	@Value("${local.management.port}")
	int managementPort;

	private WebTestClient on(int port) {
		return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
	}

	@Test
	@DisplayName("liveness and readiness answer anyone on the public port, with the status and nothing else")
	void probes() {
		for (String probe : new String[] { "/livez", "/readyz" }) {
			this.on(this.port)
				.get()
				.uri(probe)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(String.class)
				.value(body -> assertThat(body).isEqualTo("{\"status\":\"UP\"}"));
		}
	}

	@Test
	@DisplayName("details and metrics are not served on the public port")
	void noActuatorInPublic() {
		for (String path : new String[] { "/actuator/health", "/actuator/prometheus", "/actuator/metrics" }) {
			this.on(this.port)
				.get()
				.uri(path)
				.exchange()
				.expectStatus()
				.value(status -> assertThat(status).as(path).isNotEqualTo(200));
		}
	}

	@Test
	@DisplayName("the management port shows readiness's parts (the store, the start-up work) and how mail is delivered")
	void healthDetails() {
		this.on(this.managementPort)
			.get()
			.uri("/actuator/health")
			.exchange()
			.expectBody()
			.consumeWith(result -> assertThat(result.getStatus().value()).as(new String(result.getResponseBody()))
				.isEqualTo(200))
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components.mongo.status")
			.isEqualTo("UP")
			.jsonPath("$.components.startup.status")
			.isEqualTo("UP")
			.jsonPath("$.components.mail.status")
			.isEqualTo("UP")
			.jsonPath("$.components.mail.details.delivery")
			.isEqualTo("outbox");
	}

	@Test
	@DisplayName("Prometheus scrapes the management port without signing in, and sees the platform's own metrics")
	void prometheus() {
		this.on(this.port).get().uri("/api/v1/activities?q=kafe").exchange().expectStatus().isOk();
		// A booking of a slot that does not exist and a sign-up without a name: refusals,
		// counted by outcome.
		this.on(this.port)
			.post()
			.uri("/api/v1/slots/no-such-slot/bookings")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("firstName", "Ola", "contact", "ola@example.org"))
			.exchange()
			.expectStatus()
			.isNotFound();
		this.on(this.managementPort)
			.get()
			.uri("/actuator/prometheus")
			.accept(MediaType.TEXT_PLAIN)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(body -> assertThat(body).contains("http_server_requests_seconds_count")
				.contains("jvm_memory_used_bytes")
				.contains("application=\"hverdag\"")
				.containsPattern("hverdag_search_seconds_count\\{[^}]*} [1-9]")
				.containsPattern("hverdag_bookings_total\\{[^}]*outcome=\"notFound\"[^}]*} [1-9]")
				.contains("hverdag_outbox_messages"));
	}

	@Autowired
	ApplicationContext context;

	@Test
	@DisplayName("with trace export off (the default), no OpenTelemetry SDK is built: no tracer provider, no span processors")
	void noTracingSdkUnlessExported() {
		assertThat(this.context.getBeanNamesForType(SdkTracerProvider.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(SpanProcessor.class)).isEmpty();
	}

}
