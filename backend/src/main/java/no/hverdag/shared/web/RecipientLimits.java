package no.hverdag.shared.web;

import io.github.bucket4j.TimeMeter;
import no.hverdag.shared.security.Hashes;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.concurrent.TimeUnit;

/**
 * How many sign-in codes one e-mail address or phone number receives, whoever asks and
 * from however many addresses ({@code hverdag.rate-limits.codes-per-recipient}, default 3
 * per 15 minutes). Messages cost money (SMS) and a flood of them is harassment; the
 * per-address limit alone let 25 addresses send one victim 25 messages. Recipients are
 * remembered only as SHA-256 hashes, in the store shared by every node (or in memory with
 * {@code hverdag.rate-limits.store=memory}).
 */
@Component
public class RecipientLimits {

	private final boolean enabled;

	private final LimitBuckets codes;

	@Autowired
	RecipientLimits(RateLimitProperties properties, RateLimitStore store) {
		this.enabled = properties.enabled();
		this.codes = store.limit("codes-per-recipient", properties.codesPerRecipient());
	}

	RecipientLimits(RateLimitProperties properties, TimeMeter time) {
		this(properties, RateLimitStore.inMemory(properties.maxClients(), time));
	}

	/** Whether one more code may be sent to this recipient now (and counts it if so). */
	public Mono<Boolean> tryCodeTo(String recipient) {
		if (!this.enabled) {
			return Mono.just(true);
		}
		return this.codes.consume(Hashes.sha256Hex(recipient)).map(probe -> probe.isConsumed());
	}

	@Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.MINUTES)
	void pruneIdle() {
		this.codes.pruneIdle();
	}

}
