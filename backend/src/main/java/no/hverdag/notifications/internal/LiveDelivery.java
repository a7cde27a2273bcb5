package no.hverdag.notifications.internal;

import no.hverdag.notifications.Notification;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * E-mail through SMTP and SMS through the gateway. JavaMail blocks, so it runs on its own
 * small bounded pool, never on the event loop.
 */
class LiveDelivery implements Delivery, DisposableBean {

	private final JavaMailSender mail;

	private final SmsGateway sms;

	private final String from;

	private final Scheduler mailScheduler = Schedulers.newBoundedElastic(2, 1_000, "mail");

	LiveDelivery(JavaMailSender mail, SmsGateway sms, String from) {
		this.mail = mail;
		this.sms = sms;
		this.from = from;
	}

	@Override
	public Mono<Void> email(Notification notification) {
		return Mono.fromRunnable(() -> {
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(this.from);
			message.setTo(notification.to().value());
			message.setSubject(notification.subject());
			message.setText(notification.text());
			this.mail.send(message);
		}).subscribeOn(this.mailScheduler).then();
	}

	@Override
	public Mono<Void> sms(Notification notification) {
		return this.sms.send(notification.to().value(), notification.text());
	}

	/**
	 * Connects to the SMTP server and says goodbye (blocking): what the health of live
	 * delivery is. Does nothing when the sender cannot check (not an SMTP sender of
	 * ours).
	 */
	void testMailServer() throws Exception {
		if (this.mail instanceof JavaMailSenderImpl smtp) {
			smtp.testConnection();
		}
	}

	/** host:port of the SMTP server, for the health details (never the credentials). */
	String mailServer() {
		return (this.mail instanceof JavaMailSenderImpl smtp) ? smtp.getHost() + ":" + smtp.getPort() : "unknown";
	}

	@Override
	public void destroy() {
		this.mailScheduler.dispose();
	}

}
