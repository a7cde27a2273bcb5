package no.hverdag.buddies;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import no.hverdag.buddies.internal.BuddyMessages;
import no.hverdag.buddies.internal.BuddyStore;
import no.hverdag.buddies.internal.RoundDocument;
import no.hverdag.shared.security.Hashes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Sends the follow-ups 1, 3, 6 and 12 months after both said yes: each side gets a fresh
 * check-in link (only its hash is stored, and the new one replaces the last). A pairing's
 * follow-up is first marked sent by one conditional update on the count sent so far; only
 * the run that marked it sends, so two runs never send twice.
 */
@Service
public class BuddyFollowUps {

	private static final Logger log = LoggerFactory.getLogger(BuddyFollowUps.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final BuddyStore store;

	private final BuddyMessages messages;

	private final Clock clock;

	BuddyFollowUps(BuddyStore store, BuddyMessages messages, Clock clock) {
		this.store = store;
		this.messages = messages;
		this.clock = clock;
	}

	/** Sends every follow-up that is due; returns how many pairings were followed up. */
	public Mono<Long> sendDue() {
		return Mono.defer(() -> {
			Instant now = this.clock.instant();
			return this.store.publishedRounds()
				.flatMapIterable(RoundDocument::located)
				.concatMap(l -> l.pairing().followUpDue(now).map(month -> followUp(l, month)).orElse(Mono.just(0L)))
				.reduce(0L, Long::sum);
		});
	}

	private Mono<Long> followUp(RoundDocument.Located located, int month) {
		Pairing pairing = located.pairing();
		String newcomerToken = token();
		String localToken = token();
		return this.store
			.markFollowUp(located.roundId(), located.index(), pairing.id(), pairing.followUpsSent(),
					FollowUpSchedule.sentAfter(month), Hashes.sha256Hex(newcomerToken), Hashes.sha256Hex(localToken))
			.flatMap(marked -> !marked ? Mono.just(0L)
					: this.store.enrolments(List.of(pairing.newcomerId(), pairing.localId()))
						.concatMap(person -> this.messages.followUp(person, month,
								person.id().equals(pairing.newcomerId()) ? newcomerToken : localToken))
						.then(Mono.just(1L)));
	}

	private static String token() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	@Scheduled(cron = "0 0 10 * * *", zone = "Europe/Oslo")
	void daily() {
		sendDue().subscribe(count -> log.info("Buddy follow-ups: {} pairings followed up", count),
				error -> log.error("Buddy follow-ups failed; the next run tries again", error));
	}

}
