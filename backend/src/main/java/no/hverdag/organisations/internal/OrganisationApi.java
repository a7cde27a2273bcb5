package no.hverdag.organisations.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;

import jakarta.validation.Valid;
import no.hverdag.organisations.OrganisationDetails;
import no.hverdag.organisations.OrganisationRegistration;
import no.hverdag.organisations.Organisations;
import no.hverdag.shared.security.CurrentActor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class OrganisationApi {

	private final OrganisationRegistration registration;

	private final Organisations organisations;

	private final OrganisationMapper mapper;

	private final OrganisationDetails details;

	OrganisationApi(OrganisationRegistration registration, Organisations organisations, OrganisationMapper mapper,
			OrganisationDetails details) {
		this.details = details;
		this.registration = registration;
		this.organisations = organisations;
		this.mapper = mapper;
	}

	@Operation(summary = "Register an organisation (it waits for the coordinator's approval)")
	@PostMapping("/api/v1/organisations")
	Mono<ResponseEntity<OrganisationResponse>> register(@Valid @RequestBody OrganisationForm form) {
		return CurrentActor.required()
			.flatMap(actor -> this.registration.register(actor, form.toRegistration()))
			.map(this.mapper::toResponse)
			.map(created -> ResponseEntity.created(URI.create("/api/v1/organisations/" + created.id())).body(created));
	}

	@Operation(summary = "The organisations I am a member of")
	@GetMapping("/api/v1/organisations/mine")
	Flux<OrganisationResponse> mine() {
		return CurrentActor.required().flatMapMany(this.organisations::ofMember).map(this.mapper::toResponse);
	}

	@Operation(summary = "One organisation (its members and coordinator)")
	@GetMapping("/api/v1/organisations/{id}")
	Mono<OrganisationResponse> one(@PathVariable String id) {
		return CurrentActor.required()
			.flatMap(actor -> this.organisations.visibleTo(actor, id))
			.map(this.mapper::toResponse);
	}

	@io.swagger.v3.oas.annotations.Operation(summary = "Change the organisation's details",
			description = "Name, contact person, description and the language (nb, en, ar) of our messages to "
					+ "its members. Members of the organisation and its municipality's coordinator; audited.")
	@PutMapping("/api/v1/organisations/{id}")
	Mono<OrganisationResponse> edit(@PathVariable String id, @Valid @RequestBody OrganisationDetailsForm form) {
		return CurrentActor.required()
			.flatMap(actor -> this.details.edit(actor, id, form.toChanges()))
			.map(this.mapper::toResponse);
	}

	record OrganisationResponse(String id, String name, String organisationNumber, String municipality,
			String contactName, String contactEmail, String contactPhone, String description, String status,
			String decisionReason, String language) {
	}

}
