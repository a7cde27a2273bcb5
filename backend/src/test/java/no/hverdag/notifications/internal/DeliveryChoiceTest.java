package no.hverdag.notifications.internal;

import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import jakarta.mail.MessagingException;
import no.hverdag.shared.HverdagException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.ui.ConcurrentModel;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * Outbox or live delivery is chosen when the application starts, from
 * {@code hverdag.notifications.delivery}, not by bean conditions (Spring AOT fixes those
 * at build time): the same beans exist either way.
 */
class DeliveryChoiceTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(NotificationsConfig.class)
		.withBean(ReactiveMongoTemplate.class, () -> mock(ReactiveMongoTemplate.class))
		.withBean(Clock.class, Clock::systemUTC)
		.withBean(WebClient.Builder.class, WebClient::builder);

	@Test
	@DisplayName("by default notifications go to the outbox")
	void outboxByDefault() {
		this.runner.run(
				context -> assertThat(context.getBean(Delivery.class)).isSameAs(context.getBean(OutboxDelivery.class)));
	}

	@Test
	@DisplayName("with delivery=live, live delivery is used, its SMTP sender built from spring.mail.*")
	void liveWhenAsked() {
		this.runner
			.withPropertyValues("hverdag.notifications.delivery=live", "spring.mail.host=smtp.example.no",
					"spring.mail.port=2525")
			.run(context -> assertThat(context.getBean(Delivery.class)).isInstanceOf(LiveDelivery.class));
	}

	@Test
	@DisplayName("live delivery without an SMTP host, or an unknown delivery, does not start")
	void refusedSettings() {
		this.runner.withPropertyValues("hverdag.notifications.delivery=live")
			.run(context -> assertThat(context).getFailure().hasStackTraceContaining("spring.mail.host"));
		this.runner.withPropertyValues("hverdag.notifications.delivery=pigeon")
			.run(context -> assertThat(context).getFailure().hasStackTraceContaining("pigeon"));
	}

	@Test
	@DisplayName("the SMTP sender takes what Boot's would: host, port, user, protocol, encoding, JavaMail properties, SSL")
	void mailSenderAsBoot() {
		MailProperties properties = new MailProperties();
		properties.setHost("smtp.example.no");
		properties.setPort(465);
		properties.setUsername("hverdag");
		properties.setPassword("secret");
		properties.getProperties().put("mail.smtp.auth", "true");
		properties.getSsl().setEnabled(true);
		JavaMailSenderImpl sender = NotificationsConfig.mailSender(properties, null);
		assertThat(sender.getHost()).isEqualTo("smtp.example.no");
		assertThat(sender.getPort()).isEqualTo(465);
		assertThat(sender.getUsername()).isEqualTo("hverdag");
		assertThat(sender.getPassword()).isEqualTo("secret");
		assertThat(sender.getProtocol()).isEqualTo("smtp");
		assertThat(sender.getDefaultEncoding()).isEqualTo("UTF-8");
		assertThat(sender.getJavaMailProperties()).containsEntry("mail.smtp.auth", "true")
			.containsEntry("mail.smtp.ssl.enable", "true");
	}

	@Test
	@DisplayName("the SMTP sender never waits for ever: it bounds connecting, each answer and writing, unless configured")
	void smtpTimeoutsByDefault() {
		MailProperties properties = new MailProperties();
		properties.setHost("smtp.example.no");
		properties.getProperties().put("mail.smtp.timeout", "5000");
		assertThat(NotificationsConfig.mailSender(properties, null).getJavaMailProperties())
			.containsEntry("mail.smtp.connectiontimeout", "10000")
			.containsEntry("mail.smtp.timeout", "5000")
			.containsEntry("mail.smtp.writetimeout", "30000");
		properties.setProtocol("smtps");
		assertThat(NotificationsConfig.mailSender(properties, null).getJavaMailProperties())
			.containsEntry("mail.smtps.timeout", "30000");
	}

	@Test
	@DisplayName("a server that accepts and never answers costs the sender its timeout, not its thread")
	void stuckServerTimesOut() throws Exception {
		try (ServerSocket stuck = new ServerSocket(0)) {
			MailProperties properties = new MailProperties();
			properties.setHost("127.0.0.1");
			properties.setPort(stuck.getLocalPort());
			// the one limit that applies here, made short; the default is 30 s
			properties.getProperties().put("mail.smtp.timeout", "300");
			JavaMailSenderImpl sender = NotificationsConfig.mailSender(properties, null);
			assertThat(CompletableFuture.runAsync(() -> {
				try {
					sender.testConnection();
				}
				catch (MessagingException ex) {
					throw new IllegalStateException(ex);
				}
			})).failsWithin(Duration.ofSeconds(30))
				.withThrowableThat()
				.withRootCauseInstanceOf(SocketTimeoutException.class);
		}
	}

	@Test
	@DisplayName("the outbox page is not found in live delivery, even where the outbox page is switched on")
	void noOutboxPageWhenLive() {
		OutboxPages pages = new OutboxPages(new OutboxDelivery(mock(ReactiveMongoTemplate.class), Clock.systemUTC()),
				true, "live");
		StepVerifier.create(pages.outbox(new ConcurrentModel())).expectError(HverdagException.NotFound.class).verify();
	}

}
