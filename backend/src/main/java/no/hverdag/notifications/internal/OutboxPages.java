package no.hverdag.notifications.internal;

import no.hverdag.shared.HverdagException;
import no.hverdag.shared.web.PageController;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The developer's view of the outbox: the sign-in codes and confirmations that would have
 * been sent. Shown only with outbox delivery and {@code hverdag.dev.outbox-page=true},
 * because the codes in it sign people in; otherwise the page is not found. Decided when
 * the application starts (a bean condition would be fixed at build time under Spring
 * AOT).
 */
@PageController
class OutboxPages {

	private final OutboxDelivery outbox;

	private final boolean shown;

	OutboxPages(OutboxDelivery outbox, @Value("${hverdag.dev.outbox-page:false}") boolean shown,
			@Value("${hverdag.notifications.delivery:outbox}") String delivery) {
		this.outbox = outbox;
		this.shown = shown && "outbox".equals(delivery);
	}

	@GetMapping("/dev/outbox")
	Mono<String> outbox(Model model) {
		// Only where the operator asked for it (the README's dev profile). "From this
		// machine" is no test: behind a reverse proxy on the same host every visitor
		// arrives from loopback (issue 10).
		if (!this.shown) {
			return Mono.error(new HverdagException.NotFound("page", "/dev/outbox"));
		}
		return this.outbox.latest(50).collectList().map(messages -> {
			model.addAttribute("messages", messages);
			return "notifications/outbox";
		});
	}

}
