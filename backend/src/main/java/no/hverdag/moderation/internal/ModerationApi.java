package no.hverdag.moderation.internal;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import no.hverdag.organisations.Organisation;
import no.hverdag.organisations.OrganisationModeration;
import no.hverdag.shared.security.CurrentActor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ModerationApi {

	private final OrganisationModeration moderation;

	ModerationApi(OrganisationModeration moderation) {
		this.moderation = moderation;
	}

	@Operation(summary = "Organisations waiting for my decision (coordinator)")
	@GetMapping("/api/v1/moderation/organisations")
	Flux<DecisionResponse> queue() {
		return CurrentActor.required().flatMapMany(this.moderation::queueOf).map(DecisionResponse::of);
	}

	@Operation(summary = "Approve an organisation's registration (coordinator)")
	@PostMapping("/api/v1/organisations/{id}/approval")
	Mono<DecisionResponse> approve(@PathVariable String id) {
		return CurrentActor.required().flatMap(actor -> this.moderation.approve(actor, id)).map(DecisionResponse::of);
	}

	@Operation(summary = "Reject an organisation's registration (coordinator), with a reason")
	@PostMapping("/api/v1/organisations/{id}/rejection")
	Mono<DecisionResponse> reject(@PathVariable String id, @Valid @RequestBody Rejection rejection) {
		return CurrentActor.required()
			.flatMap(actor -> this.moderation.reject(actor, id, rejection.reason()))
			.map(DecisionResponse::of);
	}

	record Rejection(@NotBlank @Size(max = 1000) String reason) {
	}

	/** An organisation as the coordinator decides on it. */
	record DecisionResponse(String id, String name, String organisationNumber, String municipality, String status,
			String reason) {

		static DecisionResponse of(Organisation o) {
			return new DecisionResponse(o.id(), o.name(), o.organisationNumber().value(), o.municipality(),
					o.status().name(), o.decisionMade().map(d -> d.reason()).orElse(null));
		}

	}

}
