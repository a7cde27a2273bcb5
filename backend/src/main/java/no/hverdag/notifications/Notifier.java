package no.hverdag.notifications;

import no.hverdag.notifications.internal.Delivery;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/** Sends a notification by the channel its contact point calls for: e-mail or SMS. */
@Service
public class Notifier {

	private final Delivery delivery;

	Notifier(Delivery delivery) {
		this.delivery = delivery;
	}

	public Mono<Void> send(Notification notification) {
		return notification.to().isEmail() ? this.delivery.email(notification) : this.delivery.sms(notification);
	}

}
