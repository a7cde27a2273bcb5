package no.hverdag.accounts.internal;

import no.hverdag.shared.security.CurrentActor;
import no.hverdag.shared.web.PageController;
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

	MyDataPages(MyData myData) {
		this.myData = myData;
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
				.map(all -> Rendering.view("accounts/me")
					.status(status)
					.modelAttribute("actor", actor)
					.modelAttribute("data", all)
					.modelAttribute("confirmMissing", confirmMissing)
					.build()));
	}

	/** The confirmation checkbox of the delete form. */
	public record Confirmation(String confirm) {
	}

}
