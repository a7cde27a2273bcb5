package no.hverdag.statistics.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import no.hverdag.statistics.Tally;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Read-only queries on other modules' collections, projected to the fields that are
 * counted: no name, contact point or token is ever read. A {@code null} municipality
 * means the whole country. Counting happens while the documents stream past
 * ({@link Tally}), so nothing is held but the counts.
 */
@Component
class StatisticsQueries {

	private final ReactiveMongoTemplate mongo;

	StatisticsQueries(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Organisations registered in the municipality, by status. */
	Mono<Map<String, Long>> organisationsByStatus(String municipality) {
		return tally(find("organisations", where("municipality", municipality), "status"),
				(tally, doc) -> tally.add(doc.getString("status")));
	}

	/** Published activities taking place in the municipality. */
	Flux<Document> activities(String municipality) {
		return find("activities", where("place.municipality", municipality), "type", "languages", "place.municipality");
	}

	/** Sign-ups for the given activities (all activities when {@code null}). */
	Flux<Document> signUps(Collection<String> activityIds) {
		return find("signups", in("activityId", activityIds), "status", "signedUpAt", "cancelledAt", "waitingNumber");
	}

	/** The ids of the libraries in a municipality. */
	Mono<List<String>> libraryIds(String municipality) {
		return find("libraries", where("municipality", municipality), "_id").map(doc -> doc.getString("_id"))
			.collectList();
	}

	/** Slots of the given libraries: topics, start time and how many booked. */
	Flux<Document> slots(Collection<String> libraryIds) {
		return find("slots", in("libraryId", libraryIds), "topics", "start", "bookings", "anonymousBookings");
	}

	/** Check-ins and no-shows at the given slots. */
	Flux<Document> marks(Collection<String> slotIds) {
		return find("booking_marks", in("slotId", slotIds), "kind", "at");
	}

	static Instant instant(Document doc, String field) {
		Object value = doc.get(field);
		return value instanceof Date date ? date.toInstant() : value instanceof Instant at ? at : null;
	}

	static Mono<Map<String, Long>> tally(Flux<Document> docs, BiConsumer<Tally, Document> count) {
		return docs.reduceWith(Tally::new, (tally, doc) -> {
			count.accept(tally, doc);
			return tally;
		}).map(Tally::counts);
	}

	private Flux<Document> find(String collection, Criteria criteria, String... fields) {
		Query query = Query.query(criteria);
		query.fields().include(fields);
		return this.mongo.find(query, Document.class, collection);
	}

	private static Criteria where(String field, String value) {
		return value == null ? new Criteria() : Criteria.where(field).is(value);
	}

	private static Criteria in(String field, Collection<String> values) {
		return values == null ? new Criteria() : Criteria.where(field).in(values);
	}

}
