package no.hverdag.humanlibrary.internal;

import no.hverdag.humanlibrary.Attendance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When the booking jobs run. Both are idempotent (one mark per booking), so a run that
 * overlaps another, or a second node running them too, sends nothing twice.
 */
@Component
class HumanLibraryJobs {

	private static final Logger log = LoggerFactory.getLogger(HumanLibraryJobs.class);

	private final Attendance attendance;

	HumanLibraryJobs(Attendance attendance) {
		this.attendance = attendance;
	}

	/** Every hour of the day, so a booking made today for tomorrow is reminded too. */
	@Scheduled(cron = "0 0 8-21 * * *", zone = "Europe/Oslo")
	void remind() {
		this.attendance.remindTomorrow()
			.doOnNext(sent -> log.info("Reminders sent for tomorrow: {}", sent))
			.onErrorResume(error -> {
				log.error("Reminder job failed; the next run tries again", error);
				return reactor.core.publisher.Mono.empty();
			})
			.subscribe();
	}

	@Scheduled(cron = "0 */15 * * * *", zone = "Europe/Oslo")
	void noShows() {
		this.attendance.recordNoShows().onErrorResume(error -> {
			log.error("No-show job failed; the next run tries again", error);
			return reactor.core.publisher.Mono.empty();
		}).subscribe();
	}

}
