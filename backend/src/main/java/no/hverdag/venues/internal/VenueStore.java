package no.hverdag.venues.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;

import no.hverdag.booking.BookingStatus;
import no.hverdag.venues.RoomBooking;
import no.hverdag.venues.Venue;
import no.hverdag.venues.VenueStatus;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * {@code venues} and {@code room_bookings}. Every change of state is one conditional
 * update on the document's current status, so two decisions never both apply.
 */
@Component
public class VenueStore {

	static final String VENUES = "venues";

	static final String BOOKINGS = "room_bookings";

	private final ReactiveMongoTemplate mongo;

	VenueStore(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	public Mono<Void> createIndexes() {
		return this.mongo.indexOps(VENUES)
			.createIndex(new Index("municipality", Sort.Direction.ASC))
			.then(this.mongo.indexOps(BOOKINGS).createIndex(new Index("venueId", Sort.Direction.ASC)))
			.then(this.mongo.indexOps(BOOKINGS).createIndex(new Index("resource", Sort.Direction.ASC)))
			.then(this.mongo.indexOps(BOOKINGS).createIndex(new Index("holdSince", Sort.Direction.ASC).sparse()))
			.then(this.mongo.indexOps(BOOKINGS).createIndex(new Index("holder.subject", Sort.Direction.ASC)))
			.then();
	}

	public Mono<Venue> insert(Venue venue) {
		return this.mongo.insert(venue, VENUES);
	}

	/** Inserts unless a venue with this id exists (demo seed). */
	public Mono<Void> importVenue(Venue venue) {
		return this.mongo.exists(Query.query(Criteria.where("_id").is(venue.id())), VENUES)
			.flatMap(exists -> exists ? Mono.<Void>empty() : this.mongo.insert(venue, VENUES).then());
	}

	public Mono<Venue> venue(String id) {
		return this.mongo.findById(id, Venue.class, VENUES);
	}

	public Flux<Venue> listed(String municipality) {
		Criteria where = Criteria.where("status").is(VenueStatus.APPROVED);
		if (municipality != null && !municipality.isBlank()) {
			where = where.and("municipality").is(municipality);
		}
		return this.mongo.find(Query.query(where).with(Sort.by("name")), Venue.class, VENUES);
	}

	public Flux<Venue> pendingIn(Collection<String> municipalities, boolean everywhere) {
		Criteria where = Criteria.where("status").is(VenueStatus.PENDING);
		if (!everywhere) {
			where = where.and("municipality").in(municipalities);
		}
		return this.mongo.find(Query.query(where), Venue.class, VENUES);
	}

	public Flux<Venue> managedBy(Collection<String> municipalities, Collection<String> organisations) {
		return this.mongo.find(
				Query.query(new Criteria().orOperator(Criteria.where("municipality").in(municipalities),
						Criteria.where("ownerOrganisation").in(organisations)))
					.with(Sort.by("name")),
				Venue.class, VENUES);
	}

	/** PENDING → APPROVED or DECLINED, once. */
	public Mono<Boolean> decide(String id, VenueStatus decision, String reason) {
		return this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(id).and("status").is(VenueStatus.PENDING)),
					new Update().set("status", decision).set("declineReason", reason), VENUES)
			.map(result -> result.getModifiedCount() == 1);
	}

	public Mono<RoomBooking> insert(RoomBooking booking) {
		return this.mongo.insert(booking, BOOKINGS);
	}

	public Mono<RoomBooking> booking(String id) {
		return this.mongo.findById(id, RoomBooking.class, BOOKINGS);
	}

	public Mono<Void> delete(String id) {
		return this.mongo.remove(Query.query(Criteria.where("_id").is(id)), BOOKINGS).then();
	}

	/**
	 * Moves a booking from one status to another if it is still in the first; sets or
	 * clears {@code holdSince} (set while claims may be out of step with the status).
	 */
	public Mono<Boolean> move(String id, BookingStatus from, BookingStatus to, Instant holdSince, String reason) {
		Update update = new Update().set("status", to);
		if (holdSince == null) {
			update.unset("holdSince");
		}
		else {
			update.set("holdSince", holdSince);
		}
		if (reason != null) {
			update.set("reason", reason);
		}
		return this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(id).and("status").is(from)), update, BOOKINGS)
			.map(result -> result.getModifiedCount() == 1);
	}

	public Mono<Boolean> clearHold(String id) {
		return this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().unset("holdSince"), BOOKINGS)
			.map(result -> result.getModifiedCount() == 1);
	}

	public Flux<RoomBooking> ofVenues(Collection<String> venueIds) {
		return this.mongo.find(Query.query(Criteria.where("venueId").in(venueIds)).with(Sort.by("requestedAt")),
				RoomBooking.class, BOOKINGS);
	}

	/** Bookings of a room holding or asking for time that overlaps the window. */
	public Flux<RoomBooking> ofRoom(String resource, LocalDateTime from, LocalDateTime to) {
		no.hverdag.booking.Period window = new no.hverdag.booking.Period(from, to);
		return this.mongo
			.find(Query.query(Criteria.where("resource")
				.is(resource)
				.and("status")
				.in(BookingStatus.APPROVED, BookingStatus.REQUESTED)), RoomBooking.class, BOOKINGS)
			.filter(booking -> booking.periods().stream().anyMatch(window::overlaps));
	}

	public Flux<RoomBooking> stuckSince(Instant before) {
		return this.mongo.find(Query.query(Criteria.where("holdSince").lt(before)), RoomBooking.class, BOOKINGS);
	}

	public Flux<RoomBooking> ofHolder(String issuer, String subject) {
		return this.mongo.find(
				Query.query(Criteria.where("holder.issuer").is(issuer).and("holder.subject").is(subject)),
				RoomBooking.class, BOOKINGS);
	}

	public Flux<RoomBooking> withHolders() {
		return this.mongo.find(Query.query(Criteria.where("holder.subject").ne("")), RoomBooking.class, BOOKINGS);
	}

	/** Replaces the holder by the anonymous one: the booking and its time stay. */
	public Mono<Long> anonymise(Criteria which) {
		return this.mongo
			.updateMulti(Query.query(which),
					new Update().set("holder", no.hverdag.booking.Holder.anonymous()).set("purpose", ""), BOOKINGS)
			.map(result -> result.getModifiedCount());
	}

}
