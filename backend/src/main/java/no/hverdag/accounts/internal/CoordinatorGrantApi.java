package no.hverdag.accounts.internal;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import no.hverdag.accounts.AccessControl;
import no.hverdag.accounts.Role;
import no.hverdag.accounts.RoleAssignment;
import no.hverdag.shared.security.CurrentActor;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A platform admin makes someone the volunteer coordinator of a municipality. */
@RestController
class CoordinatorGrantApi {

	private final AccessControl accessControl;

	CoordinatorGrantApi(AccessControl accessControl) {
		this.accessControl = accessControl;
	}

	@Operation(summary = "Grant a municipality's coordinator role (platform admin)")
	@PostMapping("/api/v1/coordinators")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<Void> grant(@Valid @RequestBody CoordinatorGrant grant) {
		return CurrentActor.required()
			.flatMap(admin -> this.accessControl.grant(admin,
					new RoleAssignment(grant.issuer(), grant.subject(), Role.COORDINATOR, grant.municipality()), null));
	}

	record CoordinatorGrant(@NotBlank String issuer, @NotBlank String subject,
			@NotBlank @Pattern(regexp = "\\d{4}", message = "{validation.municipality}") String municipality) {
	}

}
