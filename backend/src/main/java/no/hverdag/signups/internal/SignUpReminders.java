package no.hverdag.signups.internal;

import java.time.Clock;
import java.time.LocalDate;

import no.hverdag.activities.ActivityCatalogue;
import no.hverdag.shared.time.HverdagClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A reminder the day before, to everyone with a place tomorrow (a Norwegian tomorrow).
 * Each sign-up is first marked reminded by one conditional update that matches only an
 * unreminded confirmed sign-up, and only the run that marked it sends the message: two
 * runs at once, or a run repeated after a crash, never remind anyone twice. (A crash
 * between marking and sending loses that one reminder rather than doubling it.)
 */
@Component
public class SignUpReminders {

	private static final Logger log = LoggerFactory.getLogger(SignUpReminders.class);

	private static final int CONCURRENCY = 4;

	private final SignUpStore store;

	private final ActivityCatalogue catalogue;

	private final SignUpMessages messages;

	private final Clock clock;

	SignUpReminders(SignUpStore store, ActivityCatalogue catalogue, SignUpMessages messages, Clock clock) {
		this.store = store;
		this.catalogue = catalogue;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Reminds everyone confirmed for tomorrow who has not been reminded yet.
	 * @return how many were reminded by this run
	 */
	public Mono<Long> remindTomorrow() {
		return Mono.defer(() -> {
			LocalDate tomorrow = LocalDate.ofInstant(this.clock.instant(), HverdagClock.NORWAY).plusDays(1);
			return this.store.toRemind(tomorrow.toString())
				.flatMap(candidate -> this.store.markReminded(candidate.id(), this.clock.instant()), CONCURRENCY)
				.concatMap(marked -> this.catalogue.find(marked.activityId())
					.flatMap(activity -> this.messages.reminder(marked, activity))
					.onErrorResume(error -> Mono.empty())
					.thenReturn(1L))
				.reduce(0L, Long::sum);
		});
	}

	@Scheduled(cron = "0 0 17 * * *", zone = "Europe/Oslo")
	void daily() {
		remindTomorrow().subscribe(count -> log.info("Sign-up reminders: {} sent for tomorrow", count),
				error -> log.error("Sign-up reminders failed; the next run tries again", error));
	}

}
