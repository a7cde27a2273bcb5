package no.hverdag.notifications.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where notifications go ({@code hverdag.notifications.*}), with every default here.
 *
 * @param delivery {@code outbox} (kept in MongoDB, shown on /dev/outbox when enabled) or
 * {@code live} (SMTP through {@code spring.mail.*}, SMS through the gateway)
 * @param mailFrom the sender of e-mails in live delivery
 * @param sms the HTTP SMS gateway; without a URL, SMS stay in the outbox collection even
 * in live delivery, so mail can go live before an SMS contract exists
 */
@ConfigurationProperties("hverdag.notifications")
record NotificationProperties(@DefaultValue("outbox") String delivery,
		@DefaultValue("Hverdag <noreply@hverdag.localhost>") String mailFrom, @DefaultValue Sms sms) {

	/**
	 * @param url the gateway's endpoint; empty means no gateway
	 * @param token the bearer token the gateway expects
	 * @param sender the sender name shown on the phone
	 */
	record Sms(@DefaultValue("") String url, @DefaultValue("") String token, @DefaultValue("Hverdag") String sender) {

		boolean configured() {
			return !this.url.isBlank();
		}

	}

}
