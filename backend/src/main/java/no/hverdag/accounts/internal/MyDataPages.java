package no.hverdag.accounts.internal;

import java.util.List;

import no.hverdag.accounts.AccessControl;
import no.hverdag.accounts.Role;
import no.hverdag.shared.ScopeNames;
import no.hverdag.shared.security.Actor;
import no.hverdag.shared.security.CurrentActor;
import no.hverdag.shared.web.PageController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;

/**
 * "Mine data": what the platform knows about the signed-in person, a download, and
 * deleting the account.
 */
@PageController
class MyDataPages {

	private final MyData myData;

	private final AccessControl accessControl;

	private final List<ScopeNames> scopeNames;

	MyDataPages(MyData myData, AccessControl accessControl, List<ScopeNames> scopeNames) {
		this.myData = myData;
		this.accessControl = accessControl;
		this.scopeNames = scopeNames;
	}

	@GetMapping("/me")
	Mono<Rendering> me() {
		return page(HttpStatus.OK, false);
	}

	/** Deleting needs the box ticked: a second, deliberate step. */
	@PostMapping("/me/delete")
	Mono<Rendering> delete(@ModelAttribute Confirmation confirmation, ServerWebExchange exchange) {
		if (!"yes".equals(confirmation.confirm())) {
			return page(HttpStatus.BAD_REQUEST, true);
		}
		return CurrentActor.required()
			.flatMap(this.myData::erase)
			.then(exchange.getSession().flatMap(WebSession::invalidate))
			.thenReturn(Rendering.redirectTo("/?deleted").build());
	}

	private Mono<Rendering> page(HttpStatus status, boolean confirmMissing) {
		return CurrentActor.required()
			.flatMap(actor -> this.myData.export(actor)
				.zipWith(roleLines(actor))
				.map(found -> Rendering.view("accounts/me")
					.status(status)
					.modelAttribute("actor", actor)
					.modelAttribute("data", found.getT1())
					.modelAttribute("roleLines", found.getT2())
					.modelAttribute("signInMethod",
							Actor.PASSWORDLESS_ISSUER.equals(actor.issuer()) ? "passwordless" : "eid")
					.modelAttribute("confirmMissing", confirmMissing)
					.build()));
	}

	/**
	 * The roles as people say them: "Coordinator: Bodø", with a platform admin (from
	 * configuration, not stored) listed too.
	 */
	private Mono<List<RoleLine>> roleLines(Actor actor) {
		return this.accessControl.rolesOf(actor).flatMap(roles -> {
			Flux<RoleLine> admin = roles.platformAdmin() ? Flux.just(new RoleLine(Role.PLATFORM_ADMIN.name(), ""))
					: Flux.empty();
			Flux<RoleLine> scoped = Flux.fromIterable(roles.assignments())
				.concatMap(assignment -> ScopeNames.of(this.scopeNames, assignment.role().name(), assignment.scope())
					.map(name -> new RoleLine(assignment.role().name(), name)));
			return admin.concatWith(scoped).collectList();
		});
	}

	/** One role and the name of what it is for (empty for a platform admin). */
	public record RoleLine(String role, String scopeName) {
	}

	/** The confirmation checkbox of the delete form. */
	public record Confirmation(String confirm) {
	}

}
