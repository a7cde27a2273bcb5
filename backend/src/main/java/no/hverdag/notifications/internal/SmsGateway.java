package no.hverdag.notifications.internal;

import reactor.core.publisher.Mono;

/** The port to an SMS provider: one text to one number. */
interface SmsGateway {

	Mono<Void> send(String phoneNumber, String text);

}
