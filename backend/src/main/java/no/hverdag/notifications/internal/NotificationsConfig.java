package no.hverdag.notifications.internal;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
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
class NotificationsConfig {

	@Bean
	@ConditionalOnProperty(name = "hverdag.notifications.delivery", havingValue = "outbox", matchIfMissing = true)
	OutboxDelivery outboxDelivery(ReactiveMongoTemplate mongo, Clock clock) {
		return new OutboxDelivery(mongo, clock);
	}

	@Bean
	@ConditionalOnProperty(name = "hverdag.notifications.delivery", havingValue = "live")
	LiveDelivery liveDelivery(JavaMailSender mail, WebClient.Builder http,
			@Value("${hverdag.notifications.mail-from}") String from,
			@Value("${hverdag.notifications.sms.url}") String smsUrl,
			@Value("${hverdag.notifications.sms.token}") String smsToken,
			@Value("${hverdag.notifications.sms.sender:Hverdag}") String smsSender) {
		return new LiveDelivery(mail, new HttpSmsGateway(http, smsUrl, smsToken, smsSender), from);
	}

}
