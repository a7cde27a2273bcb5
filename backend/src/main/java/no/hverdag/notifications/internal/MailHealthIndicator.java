package no.hverdag.notifications.internal;

import java.time.Duration;

import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The "mail" component of {@code /actuator/health}: with live delivery, whether the SMTP
 * server accepts a connection; with the outbox, up. It stands in for Spring Boot's, which
 * is left out with Boot's mail sender (ADR 0026), and like that one it is not part of
 * readiness: a node whose SMTP server is away still serves, and the notifications wait in
 * their retries.
 */
@Component("mailHealthIndicator")
class MailHealthIndicator implements ReactiveHealthIndicator {

	private static final Duration LIMIT = Duration.ofSeconds(10);

	private final Delivery delivery;

	MailHealthIndicator(Delivery delivery) {
		this.delivery = delivery;
	}

	@Override
	public Mono<Health> health() {
		if (!(this.delivery instanceof LiveDelivery live)) {
			return Mono.just(Health.up().withDetail("delivery", "outbox").build());
		}
		Health.Builder details = new Health.Builder().withDetail("delivery", "live")
			.withDetail("server", live.mailServer());
		return live.checkMailServer()
			.timeout(LIMIT)
			.then(Mono.fromSupplier(() -> details.up().build()))
			.onErrorResume(error -> Mono.just(details.down().withDetail("error", error.getClass().getName()).build()));
	}

}
