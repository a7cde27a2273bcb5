package no.hverdag.shared.web;

import io.github.bucket4j.TimeMeter;
import no.hverdag.shared.security.Hashes;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.concurrent.TimeUnit;

/**
 * How many sign-in codes one e-mail address or phone number receives, whoever asks and
 * from however many addresses ({@code hverdag.rate-limits.codes-per-recipient}, default 3
 * per 15 minutes). Messages cost money (SMS) and a flood of them is harassment; the
 * per-address limit alone let 25 addresses send one victim 25 messages. Recipients are
 * remembered only as SHA-256 hashes, in memory on this node.
 */
@Component
public class RecipientLimits {

	private final boolean enabled;

	private final ClientBuckets codes;

	@Autowired
	RecipientLimits(RateLimitProperties properties) {
		this(properties, TimeMeter.SYSTEM_NANOTIME);
	}

	RecipientLimits(RateLimitProperties properties, TimeMeter time) {
		this.enabled = properties.enabled();
		this.codes = new ClientBuckets("codes-per-recipient", properties.codesPerRecipient(), properties.maxClients(),
				time);
	}

	/** Whether one more code may be sent to this recipient now (and counts it if so). */
	public boolean tryCodeTo(String recipient) {
		return !this.enabled || this.codes.tryConsume(Hashes.sha256Hex(recipient)).isConsumed();
	}

	@Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.MINUTES)
	void pruneIdle() {
		this.codes.pruneIdle();
	}

}
