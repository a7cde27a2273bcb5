package no.hverdag.buddies;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import no.hverdag.buddies.internal.BuddyStore;
import no.hverdag.buddies.internal.RoundDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * After the retention period, a pairing that is over keeps only anonymous counts: who was
 * in it, why they were proposed and their check-ins go; its ending, answers and dates
 * stay for statistics. When the pair ended as friends, both enrolments are done and are
 * deleted first, so the two never return to the pool. Each step can be repeated, so a run
 * cut short is finished by the next.
 */
@Service
public class BuddyRetention {

	private static final Logger log = LoggerFactory.getLogger(BuddyRetention.class);

	private final BuddyStore store;

	private final Clock clock;

	private final Duration retention;

	BuddyRetention(BuddyStore store, Clock clock, @Value("${hverdag.buddies.retention:P365D}") Duration retention) {
		this.store = store;
		this.clock = clock;
		this.retention = retention;
	}

	/**
	 * Anonymises every pairing that has been over for longer than the retention period.
	 */
	public Mono<Long> run() {
		return Mono.defer(() -> {
			Instant now = this.clock.instant();
			Instant before = now.minus(this.retention);
			return this.store.publishedRounds()
				.flatMapIterable(RoundDocument::located)
				.filter(l -> !Pairing.ANONYMOUS.equals(l.pairing().newcomerId())
						&& overBefore(l.pairing(), now, before))
				.concatMap(l -> (l.pairing().ending() == Ending.FRIENDS
						? this.store.deleteEnrolments(List.of(l.pairing().newcomerId(), l.pairing().localId()))
						: Mono.<Void>empty())
					.then(this.store.anonymisePairing(l.roundId(), l.index(), l.pairing().id()))
					.map(done -> done ? 1L : 0L))
				.reduce(0L, Long::sum);
		});
	}

	private static boolean overBefore(Pairing p, Instant now, Instant before) {
		return switch (p.status(now)) {
			case ENDED -> p.endedAt() != null && p.endedAt().isBefore(before);
			case DECLINED, EXPIRED -> p.answerBy().isBefore(before);
			default -> false;
		};
	}

	@Scheduled(cron = "0 30 3 * * *", zone = "Europe/Oslo")
	void nightly() {
		run().subscribe(count -> log.info("Buddy retention: {} pairings anonymised", count),
				error -> log.error("Buddy retention failed; the next run tries again", error));
	}

}
