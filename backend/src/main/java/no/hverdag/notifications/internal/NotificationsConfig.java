package no.hverdag.notifications.internal;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Chooses where notifications go: {@code hverdag.notifications.delivery} is
 * {@code outbox} (default) or {@code live}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationsConfig {

	private static final Logger LOG = LoggerFactory.getLogger(NotificationsConfig.class);

	@Bean
	@ConditionalOnProperty(name = "hverdag.notifications.delivery", havingValue = "outbox", matchIfMissing = true)
	OutboxDelivery outboxDelivery(ReactiveMongoTemplate mongo, Clock clock) {
		return new OutboxDelivery(mongo, clock);
	}

	@Bean
	@ConditionalOnProperty(name = "hverdag.notifications.delivery", havingValue = "live")
	LiveDelivery liveDelivery(JavaMailSender mail, WebClient.Builder http, NotificationProperties properties,
			ReactiveMongoTemplate mongo, Clock clock) {
		NotificationProperties.Sms sms = properties.sms();
		SmsGateway gateway;
		if (sms.configured()) {
			gateway = new HttpSmsGateway(http, sms.url(), sms.token(), sms.sender());
		}
		else {
			LOG.warn("No SMS gateway configured (hverdag.notifications.sms.url): SMS are kept in the outbox "
					+ "collection, e-mail goes out through SMTP");
			gateway = new OutboxDelivery(mongo, clock)::keepSms;
		}
		return new LiveDelivery(mail, gateway, properties.mailFrom());
	}

}
