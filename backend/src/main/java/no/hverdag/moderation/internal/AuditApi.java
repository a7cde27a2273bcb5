package no.hverdag.moderation.internal;

import io.swagger.v3.oas.annotations.Operation;
import no.hverdag.audit.AuditEntry;
import no.hverdag.shared.security.CurrentActor;
import reactor.core.publisher.Flux;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AuditApi {

	private final AuditReading reading;

	AuditApi(AuditReading reading) {
		this.reading = reading;
	}

	@Operation(summary = "The audit log of privileged actions I may see")
	@GetMapping("/api/v1/audit")
	Flux<AuditEntry> log() {
		return CurrentActor.required().flatMapMany(this.reading::visibleTo);
	}

}
