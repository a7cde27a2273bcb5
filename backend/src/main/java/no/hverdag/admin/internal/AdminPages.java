package no.hverdag.admin.internal;

import java.util.Map;

import no.hverdag.humanlibrary.Libraries;
import no.hverdag.humanlibrary.LibraryRegistration;
import no.hverdag.municipalities.MunicipalityDirectory;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.CurrentActor;
import no.hverdag.shared.web.PageController;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * The platform admin's pages: who holds which role (names, not ids), granting and
 * revoking coordinators and library staff, adding a library. Plain forms, POST-redirect-
 * GET; bad input is shown inline and nothing is written.
 */
@PageController
class AdminPages {

	private final RoleAdministration roles;

	private final LibraryRegistration libraryRegistration;

	private final Libraries libraries;

	private final MunicipalityDirectory municipalities;

	AdminPages(RoleAdministration roles, LibraryRegistration libraryRegistration, Libraries libraries,
			MunicipalityDirectory municipalities) {
		this.roles = roles;
		this.libraryRegistration = libraryRegistration;
		this.libraries = libraries;
		this.municipalities = municipalities;
	}

	@GetMapping("/admin")
	Mono<Rendering> overview() {
		return CurrentActor.required()
			.flatMap(admin -> this.roles.overview(admin)
				.collectList()
				.zipWith(this.libraries.all().collectList())
				.map(found -> Rendering.view("admin/overview")
					.modelAttribute("lines", found.getT1())
					.modelAttribute("libraries", found.getT2())
					.modelAttribute("municipalityNames", municipalityNames())
					.modelAttribute("me", admin)
					.build()));
	}

	@GetMapping("/admin/roles/new")
	Mono<Rendering> grantForm(@RequestParam(name = "role", required = false) String role) {
		String chosen = "LIBRARY_STAFF".equals(role) ? "LIBRARY_STAFF" : "COORDINATOR";
		return CurrentActor.required()
			.flatMap(admin -> this.roles.overview(admin)
				.then(grantPage(HttpStatus.OK, new RoleGrant("", admin.issuer(), "", chosen, ""), Map.of())));
	}

	@PostMapping("/admin/roles")
	Mono<Rendering> grant(@ModelAttribute RoleGrant grant) {
		RoleGrant typed = new RoleGrant(grant.personName(), grant.issuer(), grant.subject(),
				"LIBRARY_STAFF".equals(grant.role()) ? "LIBRARY_STAFF" : grant.role(), grant.scope());
		return CurrentActor.required()
			.flatMap(admin -> this.roles.grant(admin, typed))
			.thenReturn(Rendering.redirectTo("/admin?granted").status(HttpStatus.SEE_OTHER).build())
			.onErrorResume(HverdagException.InvalidInput.class,
					invalid -> grantPage(HttpStatus.BAD_REQUEST, typed, problems(invalid)));
	}

	@PostMapping("/admin/roles/revoke")
	Mono<Rendering> revoke(@ModelAttribute Revocation revocation) {
		return CurrentActor.required()
			.flatMap(admin -> this.roles.revoke(admin, revocation.issuer(), revocation.subject(), revocation.role(),
					revocation.scope()))
			.thenReturn(Rendering.redirectTo("/admin?revoked").status(HttpStatus.SEE_OTHER).build());
	}

	@GetMapping("/admin/libraries/new")
	Mono<Rendering> libraryForm() {
		return CurrentActor.required()
			.flatMap(admin -> this.roles.overview(admin)
				.then(libraryPage(HttpStatus.OK, new LibraryRegistration.NewLibrary("", "", ""), Map.of())));
	}

	@PostMapping("/admin/libraries")
	Mono<Rendering> addLibrary(@ModelAttribute LibraryRegistration.NewLibrary library) {
		return CurrentActor.required()
			.flatMap(admin -> this.libraryRegistration.add(admin, library))
			.thenReturn(Rendering.redirectTo("/admin?libraryAdded").status(HttpStatus.SEE_OTHER).build())
			.onErrorResume(HverdagException.InvalidInput.class,
					invalid -> libraryPage(HttpStatus.BAD_REQUEST, library, problems(invalid)));
	}

	private Mono<Rendering> grantPage(HttpStatus status, RoleGrant form, Map<String, String> errors) {
		return this.libraries.all()
			.collectList()
			.map(all -> Rendering.view("admin/grant")
				.status(status)
				.modelAttribute("form", form)
				.modelAttribute("errors", errors)
				.modelAttribute("libraries", all)
				.modelAttribute("municipalities", this.municipalities.all())
				.modelAttribute("maxName", RoleGrant.MAX_NAME)
				.build());
	}

	private Mono<Rendering> libraryPage(HttpStatus status, LibraryRegistration.NewLibrary form,
			Map<String, String> errors) {
		return Mono.just(Rendering.view("admin/library")
			.status(status)
			.modelAttribute("form", form)
			.modelAttribute("errors", errors)
			.modelAttribute("municipalities", this.municipalities.all())
			.modelAttribute("maxText", LibraryRegistration.MAX_TEXT)
			.build());
	}

	private Map<String, String> municipalityNames() {
		Map<String, String> names = new java.util.HashMap<>();
		this.municipalities.all().forEach(m -> names.put(m.number(), m.name()));
		return names;
	}

	private static Map<String, String> problems(HverdagException.InvalidInput invalid) {
		Map<String, String> problems = new java.util.LinkedHashMap<>();
		invalid.fieldProblems().forEach(p -> problems.putIfAbsent(p.field(), p.messageKey()));
		return problems;
	}

	/** Which role to take back from whom; hidden fields of the revoke button. */
	public record Revocation(String issuer, String subject, String role, String scope) {
	}

}
