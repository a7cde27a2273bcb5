package no.hverdag.humanlibrary.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.mongodb.client.result.UpdateResult;
import no.hverdag.booking.PersonalTime;
import no.hverdag.shared.StartupStep;
import no.hverdag.shared.time.HverdagClock;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Contact details on bookings are kept only for a while after the session took place
 * ({@code hverdag.retention.booking-contact-days}, 90 by default). For every slot whose
 * day lies more than that many days before today (a Norwegian today), the bookings' first
 * names, contact points and references go, and their number is added to
 * {@code anonymousBookings}; {@code remaining} stays as it was, so the places still count
 * as taken.
 * <p>
 * Each slot is one single-document update ({@code $set bookings: []},
 * {@code $inc anonymousBookings: n}) that matches only while the slot still holds the
 * {@code n} bookings that were counted, so a booking erased by its owner in between is
 * never counted twice; such a slot is simply taken again on the next run. Runs at
 * start-up and every night at 03:30; running it again changes nothing.
 */
@Component
class BookingRetention extends StartupStep {

	private static final Logger log = LoggerFactory.getLogger(BookingRetention.class);

	/** Slots updated at the same time. */
	private static final int CONCURRENCY = 4;

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	private final int days;

	private final PersonalTime claims;

	BookingRetention(ReactiveMongoTemplate mongo, Clock clock,
			@Value("${hverdag.retention.booking-contact-days:90}") int days, PersonalTime claims) {
		this.claims = claims;
		if (days < 0) {
			throw new IllegalArgumentException(
					"hverdag.retention.booking-contact-days must not be negative, was " + days);
		}
		this.mongo = mongo;
		this.clock = clock;
		this.days = days;
	}

	/**
	 * Anonymises the bookings of every slot held more than the configured number of days
	 * ago.
	 * @return how many slots were anonymised by this run
	 */
	Mono<Long> eraseExpiredContacts() {
		return Mono.defer(() -> {
			String collection = this.mongo.getCollectionName(SlotDocument.class);
			LocalDate today = LocalDate.ofInstant(this.clock.instant(), HverdagClock.NORWAY);
			String cutoff = today.minusDays(this.days).toString();
			Query expired = Query.query(Criteria.where("day").lt(cutoff).and("bookings.0").exists(true));
			expired.fields().include("bookings");
			return this.mongo.find(expired, Document.class, collection)
				.flatMap(slot -> anonymise(slot, collection), CONCURRENCY)
				.reduce(0L, Long::sum)
				// The overlap claims name the contact point too (issue 6).
				.flatMap(slots -> this.claims.forgetBefore(LocalDate.parse(cutoff)).thenReturn(slots));
		});
	}

	private Mono<Long> anonymise(Document slot, String collection) {
		int count = slot.getList("bookings", Object.class).size();
		Query unchanged = Query.query(Criteria.where("_id").is(slot.get("_id")).and("bookings").size(count));
		Update anonymised = new Update().set("bookings", List.of()).inc("anonymousBookings", count);
		return this.mongo.updateFirst(unchanged, anonymised, collection).map(UpdateResult::getModifiedCount);
	}

	@Override
	protected Mono<?> run() {
		return logged(eraseExpiredContacts());
	}

	@Override
	public int getPhase() {
		return DERIVED;
	}

	@Scheduled(cron = "0 30 3 * * *", zone = "Europe/Oslo")
	void nightly() {
		logged(eraseExpiredContacts()).subscribe();
	}

	/**
	 * Logs the outcome; a failure is logged, not thrown, so start-up goes on and the next
	 * night tries again.
	 */
	private Mono<Long> logged(Mono<Long> run) {
		return run.doOnNext(
				slots -> log.info("Booking retention: anonymised the bookings of {} slot(s) held more than {} days ago",
						slots, this.days))
			.onErrorResume(error -> {
				log.error("Booking retention failed; contact details older than {} days may remain until the next run",
						this.days, error);
				return Mono.empty();
			});
	}

}
