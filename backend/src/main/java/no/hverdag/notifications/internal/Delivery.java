package no.hverdag.notifications.internal;

import no.hverdag.notifications.Notification;
import reactor.core.publisher.Mono;

/** Where notifications go: the outbox, or the real world. */
public interface Delivery {

	Mono<Void> email(Notification notification);

	Mono<Void> sms(Notification notification);

}
