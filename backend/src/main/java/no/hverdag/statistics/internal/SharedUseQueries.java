package no.hverdag.statistics.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import no.hverdag.buddies.Pairing;
import no.hverdag.statistics.LabelKind;
import no.hverdag.statistics.Series;
import no.hverdag.statistics.Tally;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * What is shared and lent (issue 16): room bookings at venues, equipment loans, and
 * culture-buddy pairs, per municipality or for the whole country ({@code null}). The same
 * read-only, projected queries as {@link StatisticsQueries}: no holder, contact or name
 * is read, only statuses, kinds, counts and times.
 */
@Component
class SharedUseQueries {

	private final ReactiveMongoTemplate mongo;

	private final java.time.Clock clock;

	SharedUseQueries(ReactiveMongoTemplate mongo, java.time.Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/** Every series of this part, in the order they are shown. */
	Mono<List<Series>> series(String municipality) {
		return venueBookings(municipality).zipWith(loans(municipality), (venues, loans) -> {
			List<Series> all = new ArrayList<>(venues);
			all.addAll(loans);
			return all;
		}).zipWith(buddyPairs(municipality), (some, pairs) -> {
			List<Series> all = new ArrayList<>(some);
			all.addAll(pairs);
			return List.copyOf(all);
		});
	}

	/**
	 * Room bookings by status, and the approved ones by the month they were asked for.
	 */
	Mono<List<Series>> venueBookings(String municipality) {
		return ids("venues", municipality)
			.flatMap(venueIds -> find("room_bookings", in("venueId", venueIds), "status", "requestedAt")
				.reduceWith(() -> new Tally[] { new Tally(), new Tally() }, (tallies, booking) -> {
					String status = booking.getString("status");
					tallies[0].add(status);
					if ("APPROVED".equals(status)) {
						tallies[1].addMonth(StatisticsQueries.instant(booking, "requestedAt"));
					}
					return tallies;
				}))
			.map(tallies -> List.of(Series.of("venueBookingsByStatus", LabelKind.BOOKING_STATUS, tallies[0].counts()),
					Series.of("venueBookingsByMonth", LabelKind.MONTH, tallies[1].counts())));
	}

	/**
	 * Things lent, counted in items (two pairs of skis are two), by kind and by month,
	 * for loans that were reserved, picked up or handed back.
	 */
	Mono<List<Series>> loans(String municipality) {
		return ids("lending_points", municipality)
			.flatMap(pointIds -> find("items", in("pointId", pointIds), "category")
				.collectMap(item -> item.getString("_id"), item -> String.valueOf(item.getString("category")))
				.flatMap(categories -> find("loans", in("pointId", pointIds), "itemId", "count", "status", "createdAt")
					.filter(loan -> List.of("APPROVED", "OUT", "RETURNED", "LOST").contains(loan.getString("status")))
					.reduceWith(() -> new Tally[] { new Tally(), new Tally() }, (tallies, loan) -> {
						long count = loan.get("count") instanceof Number n ? n.longValue() : 1;
						tallies[0].add(categories.get(loan.getString("itemId")), count);
						Instant created = StatisticsQueries.instant(loan, "createdAt");
						if (created != null) {
							tallies[1].add(Tally.monthOf(created), count);
						}
						return tallies;
					})))
			.map(tallies -> List.of(Series.of("loansByCategory", LabelKind.EQUIPMENT_CATEGORY, tallies[0].counts()),
					Series.of("loansByMonth", LabelKind.MONTH, tallies[1].counts())));
	}

	/**
	 * Published culture-buddy pairs by where they stand now, and the pairs that became
	 * buddies (both said yes) by month.
	 */
	Mono<List<Series>> buddyPairs(String municipality) {
		Instant now = this.clock.instant();
		return ids("buddy_programmes", municipality)
			.flatMap(programmeIds -> find("buddy_rounds", in("programmeId", programmeIds).and("status").is("PUBLISHED"),
					"pairings")
				.flatMapIterable(round -> round.getList("pairings", Document.class, List.of()))
				.map(pairing -> this.mongo.getConverter().read(Pairing.class, pairing))
				.reduceWith(() -> new Tally[] { new Tally(), new Tally() }, (tallies, pairing) -> {
					tallies[0].add(pairing.status(now).name());
					pairing.activeSince().ifPresent(tallies[1]::addMonth);
					return tallies;
				}))
			.map(tallies -> List.of(Series.of("buddyPairsByStatus", LabelKind.PAIRING_STATUS, tallies[0].counts()),
					Series.of("buddyPairsByMonth", LabelKind.MONTH, tallies[1].counts())));
	}

	/** The ids in a collection of the municipality's (all when {@code null}). */
	private Mono<List<String>> ids(String collection, String municipality) {
		Criteria where = municipality == null ? new Criteria() : Criteria.where("municipality").is(municipality);
		return find(collection, where, "_id").map(doc -> String.valueOf(doc.get("_id"))).collectList();
	}

	private Flux<Document> find(String collection, Criteria criteria, String... fields) {
		Query query = Query.query(criteria);
		query.fields().include(fields);
		return this.mongo.find(query, Document.class, collection);
	}

	private static Criteria in(String field, Collection<String> values) {
		return Criteria.where(field).in(values);
	}

}
