package no.hverdag.notifications.internal;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.DisposableBean;
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
class MailHealthIndicator implements ReactiveHealthIndicator, DisposableBean {

	private static final Duration LIMIT = Duration.ofSeconds(10);

	private final Delivery delivery;

	/**
	 * One thread and a queue of one, apart from the mail pool: an SMTP server that takes
	 * a connection and never answers (JavaMail waits for ever unless
	 * {@code mail.smtp.timeout} is set) holds this one thread, later checks are refused
	 * at once and read as down, and sending mail is never short of a thread.
	 */
	private final Scheduler checks = Schedulers.newBoundedElastic(1, 1, "mail-health");

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
		return Mono.fromCallable(() -> {
			live.testMailServer();
			return true;
		})
			.subscribeOn(this.checks)
			.timeout(LIMIT)
			.then(Mono.fromSupplier(() -> details.up().build()))
			.onErrorResume(error -> Mono.just(details.down().withDetail("error", describe(error)).build()));
	}

	static final String STILL_WAITING = "an earlier check still waits for the SMTP server";

	private static String describe(Throwable error) {
		return (error instanceof RejectedExecutionException) ? STILL_WAITING : error.getClass().getName();
	}

	@Override
	public void destroy() {
		this.checks.dispose();
	}

}
