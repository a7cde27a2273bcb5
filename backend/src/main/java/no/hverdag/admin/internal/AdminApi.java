package no.hverdag.admin.internal;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import no.hverdag.humanlibrary.Library;
import no.hverdag.humanlibrary.LibraryRegistration;
import no.hverdag.shared.security.CurrentActor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The admin pages' API: the same use cases, ids kept for tools (the pages show names).
 */
@RestController
class AdminApi {

	private final RoleAdministration roles;

	private final LibraryRegistration libraries;

	AdminApi(RoleAdministration roles, LibraryRegistration libraries) {
		this.roles = roles;
		this.libraries = libraries;
	}

	@Operation(summary = "Everyone holding a role (platform admins only)")
	@ApiResponse(responseCode = "200", description = "the holders, configured admins first")
	@ApiResponse(responseCode = "403", description = "not a platform admin",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@GetMapping("/api/v1/admin/roles")
	Flux<Holder> holders() {
		return CurrentActor.required()
			.flatMapMany(this.roles::overview)
			.map(line -> new Holder(line.holder().issuer(), line.holder().subject(), line.holder().name(),
					line.holder().role().name(), line.holder().scope(), line.scopeName(), line.holder().grantedAt(),
					line.holder().configured()));
	}

	@Operation(summary = "Grant the coordinator role (scope: a municipality number) or the library staff role "
			+ "(scope: a library id)")
	@ApiResponse(responseCode = "201", description = "granted (granting twice changes nothing)")
	@ApiResponse(responseCode = "400", description = "a field is missing or names no municipality or library",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "403", description = "not a platform admin",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@PostMapping("/api/v1/admin/roles")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<Void> grant(@RequestBody RoleGrant grant) {
		return CurrentActor.required().flatMap(admin -> this.roles.grant(admin, grant));
	}

	@Operation(summary = "Revoke a role; a platform admin from configuration cannot be revoked")
	@ApiResponse(responseCode = "204", description = "revoked")
	@ApiResponse(responseCode = "400", description = "no such role",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "403", description = "not a platform admin, or a configured admin",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "nobody holds that role",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@PostMapping("/api/v1/admin/roles/revoke")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> revoke(@RequestBody AdminPages.Revocation revocation) {
		return CurrentActor.required()
			.flatMap(admin -> this.roles.revoke(admin, revocation.issuer(), revocation.subject(), revocation.role(),
					revocation.scope()));
	}

	@Operation(summary = "Add a library; its position comes from the address (or the municipality)")
	@ApiResponse(responseCode = "201", description = "added")
	@ApiResponse(responseCode = "400", description = "name, municipality or address missing or wrong",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "403", description = "not a platform admin",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@PostMapping("/api/v1/admin/libraries")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<Library> addLibrary(@RequestBody LibraryRegistration.NewLibrary library) {
		return CurrentActor.required().flatMap(admin -> this.libraries.add(admin, library));
	}

	/** One holder of a role, with the ids tools need and the scope's name. */
	record Holder(String issuer, String subject, String name, String role, String scope, String scopeName,
			Instant grantedAt, boolean configured) {
	}

}
