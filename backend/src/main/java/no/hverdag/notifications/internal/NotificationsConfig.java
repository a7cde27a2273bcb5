package no.hverdag.notifications.internal;

import java.time.Clock;
import java.util.Map;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Chooses where notifications go: {@code hverdag.notifications.delivery} is
 * {@code outbox} (default) or {@code live}. Chosen when the application starts, not by
 * bean conditions: Spring AOT would fix those at build time, and the image is generic
 * (ADR 0026). For the same reason the SMTP sender of live delivery is built here from
 * {@code spring.mail.*}, not taken from Boot, which creates one only when
 * {@code spring.mail.host} is set at build time.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ NotificationProperties.class, MailProperties.class })
class NotificationsConfig {

	private static final Logger LOG = LoggerFactory.getLogger(NotificationsConfig.class);

	/**
	 * JavaMail's limits in milliseconds when none is configured: to connect, to wait for
	 * each answer, to write. Long enough for a slow server and a large message, short
	 * enough that a dead one gives its thread back and the retry takes over.
	 */
	static final Map<String, String> SMTP_TIMEOUTS = Map.of("connectiontimeout", "10000", "timeout", "30000",
			"writetimeout", "30000");

	/** The outbox collection: all of delivery in outbox mode, SMS without a gateway. */
	@Bean
	OutboxDelivery outboxDelivery(ReactiveMongoTemplate mongo, Clock clock) {
		return new OutboxDelivery(mongo, clock);
	}

	/** The delivery in use ({@code Primary} over the outbox, which is a delivery too). */
	@Bean
	@Primary
	Delivery delivery(NotificationProperties properties, OutboxDelivery outbox, WebClient.Builder http,
			MailProperties mail, ObjectProvider<SslBundles> sslBundles) {
		return switch (properties.delivery()) {
			case "outbox" -> outbox;
			case "live" -> live(properties, outbox, http, mailSender(mail, sslBundles.getIfAvailable()));
			default -> throw new IllegalStateException(
					"hverdag.notifications.delivery is 'outbox' or 'live', not '" + properties.delivery() + "'");
		};
	}

	private static LiveDelivery live(NotificationProperties properties, OutboxDelivery outbox, WebClient.Builder http,
			JavaMailSenderImpl mail) {
		NotificationProperties.Sms sms = properties.sms();
		SmsGateway gateway;
		if (sms.configured()) {
			gateway = new HttpSmsGateway(http, sms.url(), sms.token(), sms.sender());
		}
		else {
			LOG.warn("No SMS gateway configured (hverdag.notifications.sms.url): SMS are kept in the outbox "
					+ "collection, e-mail goes out through SMTP");
			gateway = outbox::keepSms;
		}
		return new LiveDelivery(mail, gateway, properties.mailFrom());
	}

	/**
	 * The SMTP sender from {@code spring.mail.*}, with what Boot 4.1's
	 * {@code MailSenderPropertiesConfiguration} applies: host, port, user, password,
	 * protocol, encoding, JavaMail properties, SSL and an SSL bundle. Unlike Boot's, it
	 * bounds every wait on the server ({@link #SMTP_TIMEOUTS}) unless
	 * {@code spring.mail.properties} sets one: JavaMail waits for ever by default, and a
	 * server that stops answering would hold each mail thread, so all mail would stop.
	 */
	static JavaMailSenderImpl mailSender(MailProperties properties, SslBundles sslBundles) {
		if (!StringUtils.hasText(properties.getHost())) {
			throw new IllegalStateException("Live delivery sends e-mail through SMTP: set spring.mail.host");
		}
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost(properties.getHost());
		if (properties.getPort() != null) {
			sender.setPort(properties.getPort());
		}
		sender.setUsername(properties.getUsername());
		sender.setPassword(properties.getPassword());
		sender.setProtocol(properties.getProtocol());
		if (properties.getDefaultEncoding() != null) {
			sender.setDefaultEncoding(properties.getDefaultEncoding().name());
		}
		Properties javaMail = new Properties();
		javaMail.putAll(properties.getProperties());
		String protocol = StringUtils.hasLength(properties.getProtocol()) ? properties.getProtocol() : "smtp";
		SMTP_TIMEOUTS.forEach((name, millis) -> javaMail.putIfAbsent("mail." + protocol + "." + name, millis));
		if (properties.getSsl().isEnabled()) {
			javaMail.setProperty("mail." + protocol + ".ssl.enable", "true");
		}
		if (properties.getSsl().getBundle() != null) {
			javaMail.put("mail." + protocol + ".ssl.socketFactory",
					sslBundles.getBundle(properties.getSsl().getBundle()).createSslContext().getSocketFactory());
		}
		sender.setJavaMailProperties(javaMail);
		return sender;
	}

}
