package no.hverdag.accounts.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.util.Map;

import no.hverdag.shared.security.CurrentActor;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;

/** GDPR access, portability and erasure for the signed-in person. */
@RestController
class MyDataApi {

	private final MyData myData;

	MyDataApi(MyData myData) {
		this.myData = myData;
	}

	@Operation(summary = "Who I am and which roles I hold")
	@GetMapping("/api/v1/me")
	Mono<Map<String, Object>> me() {
		return CurrentActor.required().flatMap(actor -> this.myData.part(actor, "account"));
	}

	@Operation(summary = "Export all my personal data (JSON)")
	@GetMapping("/api/v1/me/export")
	Mono<ResponseEntity<Map<String, Object>>> export() {
		return CurrentActor.required()
			.flatMap(this.myData::export)
			.map(all -> ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"hverdag-mine-data.json\"")
				.body(all));
	}

	/** Erases the person everywhere, then ends their session. */
	@Operation(summary = "Erase my personal data")
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "204",
			description = "Erased everywhere; the session has ended")
	@DeleteMapping("/api/v1/me")
	Mono<ResponseEntity<Void>> delete(ServerWebExchange exchange) {
		return CurrentActor.required()
			.flatMap(this.myData::erase)
			.then(exchange.getSession().flatMap(WebSession::invalidate))
			.thenReturn(ResponseEntity.noContent().build());
	}

}
