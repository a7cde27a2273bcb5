package no.hverdag.venues.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.hverdag.booking.Period;
import no.hverdag.shared.PersonalData;
import no.hverdag.shared.security.Actor;
import no.hverdag.shared.time.HverdagClock;
import no.hverdag.venues.RoomBooking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Room bookings name their holder (name, contact point, purpose). Export lists them;
 * erasure and retention replace the holder by the anonymous one, so the booking keeps the
 * room's time (the owner still sees "booked") without saying by whom.
 * {@code hverdag.retention.room-booking-days} (default 90) after a booking's last period.
 */
@Component
class RoomBookingPersonalData implements PersonalData {

	private static final Logger log = LoggerFactory.getLogger(RoomBookingPersonalData.class);

	private final VenueStore store;

	private final Clock clock;

	private final int retentionDays;

	RoomBookingPersonalData(VenueStore store, Clock clock,
			@Value("${hverdag.retention.room-booking-days:90}") int retentionDays) {
		this.store = store;
		this.clock = clock;
		this.retentionDays = retentionDays;
	}

	@Override
	public String section() {
		return "roomBookings";
	}

	@Override
	public Mono<Map<String, Object>> export(Actor actor) {
		return this.store.ofHolder(actor.issuer(), actor.subject()).map(b -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("venue", b.venueId());
			entry.put("room", b.roomKey());
			entry.put("organisation", b.organisation());
			entry.put("purpose", b.purpose());
			entry.put("name", b.holder().name());
			entry.put("contact", b.holder().contact());
			entry.put("periods", b.periods().stream().map(p -> p.start() + "/" + p.end()).toList());
			entry.put("status", b.status());
			entry.put("requestedAt", String.valueOf(b.requestedAt()));
			return entry;
		}).collectList().map(list -> Map.<String, Object>of("roomBookings", List.copyOf(list)));
	}

	@Override
	public Mono<Void> erase(Actor actor) {
		return this.store
			.anonymise(Criteria.where("holder.issuer").is(actor.issuer()).and("holder.subject").is(actor.subject()))
			.then();
	}

	/**
	 * Anonymises holders of bookings whose last period ended before the retention cut.
	 */
	Mono<Long> applyRetention() {
		LocalDateTime cut = LocalDateTime.now(this.clock.withZone(HverdagClock.NORWAY)).minusDays(this.retentionDays);
		return this.store.withHolders()
			.filter(b -> b.periods().stream().map(Period::end).allMatch(end -> end.isBefore(cut)))
			.concatMap(b -> this.store.anonymise(Criteria.where("_id").is(b.id())))
			.reduce(0L, Long::sum);
	}

	@Scheduled(cron = "0 50 3 * * *", zone = "Europe/Oslo")
	void nightly() {
		applyRetention().doOnNext(n -> log.info("Room bookings anonymised after retention: {}", n))
			.onErrorResume(error -> {
				log.error("Room booking retention failed; the next run tries again", error);
				return Mono.empty();
			})
			.subscribe();
	}

	static boolean ended(RoomBooking booking, LocalDateTime cut) {
		return booking.periods().stream().allMatch(p -> p.end().isBefore(cut));
	}

}
