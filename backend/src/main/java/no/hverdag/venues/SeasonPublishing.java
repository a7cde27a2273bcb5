package no.hverdag.venues;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import no.hverdag.booking.BookingStatus;
import no.hverdag.booking.ExclusiveTime;
import no.hverdag.booking.Period;
import no.hverdag.venues.internal.SeasonStore;
import no.hverdag.venues.internal.VenueNotices;
import no.hverdag.venues.internal.VenueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Turns a season's preview into room bookings, crash-consistently (ADR 0008's intent and
 * recovery). The season is first moved to {@code PUBLISHING} (the intent, one update);
 * then each granted application becomes an approved room booking with the id
 * {@code season-<application>}: written as {@code PENDING_HOLD}, its time claimed in the
 * booking core (so a room is never double-booked, also against bookings made meanwhile: a
 * lost claim refuses the application with "conflict"), then approved. A booking found
 * half-way is released and made again, so every step can be repeated. Then each
 * application gets its outcome, each applicant a message (marked before sent, so never
 * twice), and the season becomes {@code PUBLISHED}. {@link #recover()} completes every
 * season left in {@code PUBLISHING}: at start-up and every minute, skipping seasons this
 * process is publishing right now (the embedded store answers only its process, ADR
 * 0010).
 */
@Service
public class SeasonPublishing {

	private static final Logger log = LoggerFactory.getLogger(SeasonPublishing.class);

	private final SeasonStore seasons;

	private final VenueStore venues;

	private final ExclusiveTime time;

	private final VenueNotices notices;

	private final Clock clock;

	private final Set<String> running = ConcurrentHashMap.newKeySet();

	SeasonPublishing(SeasonStore seasons, VenueStore venues, ExclusiveTime time, VenueNotices notices, Clock clock) {
		this.seasons = seasons;
		this.venues = venues;
		this.time = time;
		this.notices = notices;
		this.clock = clock;
	}

	/** Completes a season in {@code PUBLISHING}; does nothing if it is being done. */
	public Mono<Void> complete(String seasonId) {
		if (!this.running.add(seasonId)) {
			return Mono.empty();
		}
		return this.seasons.season(seasonId)
			.filter(season -> season.status() == Season.Status.PUBLISHING)
			.flatMap(season -> this.seasons.applications(seasonId)
				.concatMap(application -> settle(season, application))
				.then(Mono.defer(() -> tellAll(season)))
				.then(this.seasons.finishPublishing(seasonId)))
			.then()
			.doFinally(signal -> this.running.remove(seasonId));
	}

	/** Completes every season left half-published; returns how many. */
	public Mono<Long> recover() {
		return this.seasons.publishing()
			.filter(season -> !this.running.contains(season.id()))
			.concatMap(season -> complete(season.id()).thenReturn(season))
			.count()
			.doOnNext(count -> {
				if (count > 0) {
					log.warn("Completed {} season publications left half-way", count);
				}
			});
	}

	private Mono<Void> settle(Season season, SeasonApplication application) {
		if (application.outcome() != null) {
			return Mono.empty();
		}
		Season.Decision decision = season.preview() == null ? null : season.preview().of(application.id()).orElse(null);
		if (decision == null) {
			return this.seasons.decide(application.id(), SeasonApplication.Outcome.REFUSED, null, "season.reason.late",
					null, null);
		}
		if (!decision.granted()) {
			return this.seasons.decide(application.id(), SeasonApplication.Outcome.REFUSED, null, decision.reasonKey(),
					decision.heldBy(), null);
		}
		String bookingId = "season-" + application.id();
		return grant(season, application, decision, bookingId).flatMap(granted -> granted
				? this.seasons.decide(application.id(), SeasonApplication.Outcome.GRANTED,
						decision.venueId() + "/" + decision.roomKey(), decision.reasonKey(), null, bookingId)
				: this.seasons.decide(application.id(), SeasonApplication.Outcome.REFUSED, null,
						"season.reason.conflict", null, null));
	}

	/** Makes the approved booking; true if it holds its time. Repeatable. */
	private Mono<Boolean> grant(Season season, SeasonApplication application, Season.Decision decision,
			String bookingId) {
		return this.venues.booking(bookingId)
			.flatMap(existing -> existing.status() == BookingStatus.APPROVED ? Mono.just(true)
					: this.time.release(bookingId).then(this.venues.delete(bookingId)).thenReturn(false))
			.defaultIfEmpty(false)
			.flatMap(done -> done ? Mono.just(true) : place(season, application, decision, bookingId));
	}

	private Mono<Boolean> place(Season season, SeasonApplication application, Season.Decision decision,
			String bookingId) {
		String resource = new Room(decision.roomKey(), "", 0, false).resource(decision.venueId());
		List<Period> periods = application.periods(season);
		RoomBooking booking = new RoomBooking(bookingId, decision.venueId(), decision.roomKey(), resource,
				application.holder(), application.organisation(), season.name(), periods, BookingStatus.PENDING_HOLD,
				true, null, this.clock.instant(), this.clock.instant(), application.lang());
		return this.venues.insert(booking)
			.then(this.time.claim(resource, bookingId, periods))
			.flatMap(
					claimed -> claimed
							? this.venues
								.move(bookingId, BookingStatus.PENDING_HOLD, BookingStatus.APPROVED, null, null)
								.flatMap(moved -> moved ? Mono.just(true)
										: this.time.release(bookingId).thenReturn(false))
							: this.venues.delete(bookingId).thenReturn(false));
	}

	private Mono<Void> tellAll(Season season) {
		return this.seasons.applications(season.id()).collectList().flatMap(applications -> {
			Map<String, String> names = applications.stream()
				.collect(Collectors.toMap(SeasonApplication::organisation, SeasonApplication::organisationName,
						(a, b) -> a));
			return Flux.fromIterable(applications)
				.filter(application -> application.outcome() != null)
				.filterWhen(application -> this.seasons.markNotified(application.id(), this.clock.instant()))
				.concatMap(application -> place(application)
					.flatMap(place -> this.notices.seasonOutcome(season, application, place,
							application.heldBy() == null ? "" : names.getOrDefault(application.heldBy(), ""))))
				.then();
		});
	}

	/** "Venue, room" of a granted application, or the venue asked for. */
	private Mono<String> place(SeasonApplication application) {
		String room = application.grantedRoom() == null ? application.roomKey()
				: application.grantedRoom().substring(application.grantedRoom().indexOf('/') + 1);
		return this.venues.venue(application.venueId())
			.map(venue -> venue.name() + (room == null ? "" : ", " + venue.room(room).map(Room::name).orElse(room)))
			.defaultIfEmpty("");
	}

}
