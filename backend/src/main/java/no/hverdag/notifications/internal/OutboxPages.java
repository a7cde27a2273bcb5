package no.hverdag.notifications.internal;

import java.net.InetSocketAddress;

import no.hverdag.shared.HverdagException;
import no.hverdag.shared.web.PageController;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ServerWebExchange;

/**
 * The developer's view of the outbox: the sign-in codes and confirmations that would have
 * been sent. Exists only with outbox delivery, and answers only requests from this
 * machine, because the codes in it sign people in.
 */
@PageController
@ConditionalOnProperty(name = "hverdag.notifications.delivery", havingValue = "outbox", matchIfMissing = true)
class OutboxPages {

	private final OutboxDelivery outbox;

	OutboxPages(OutboxDelivery outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/dev/outbox")
	Mono<String> outbox(ServerWebExchange exchange, Model model) {
		InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
		boolean local = remote == null || remote.getAddress() == null || remote.getAddress().isLoopbackAddress();
		if (!local) {
			return Mono.error(new HverdagException.NotFound("page", "/dev/outbox"));
		}
		return this.outbox.latest(50).collectList().map(messages -> {
			model.addAttribute("messages", messages);
			return "notifications/outbox";
		});
	}

}
