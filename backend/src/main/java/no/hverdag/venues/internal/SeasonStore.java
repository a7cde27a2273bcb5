package no.hverdag.venues.internal;

import java.time.Instant;

import no.hverdag.venues.Season;
import no.hverdag.venues.SeasonApplication;
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
 * {@code seasons} and {@code season_applications}. A season changes state by one
 * conditional update on its status (and, to publish, on its preview's fingerprint); an
 * application's outcome is one idempotent update.
 */
@Component
public class SeasonStore {

	static final String SEASONS = "seasons";

	static final String APPLICATIONS = "season_applications";

	private final ReactiveMongoTemplate mongo;

	SeasonStore(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	public Mono<Void> createIndexes() {
		return this.mongo.indexOps(SEASONS)
			.createIndex(new Index("municipality", Sort.Direction.ASC))
			.then(this.mongo.indexOps(SEASONS).createIndex(new Index("status", Sort.Direction.ASC)))
			.then(this.mongo.indexOps(APPLICATIONS).createIndex(new Index("seasonId", Sort.Direction.ASC)))
			.then(this.mongo.indexOps(APPLICATIONS).createIndex(new Index("holder.subject", Sort.Direction.ASC)))
			.then();
	}

	public Mono<Season> insert(Season season) {
		return this.mongo.insert(season, SEASONS);
	}

	public Mono<Season> season(String id) {
		return this.mongo.findById(id, Season.class, SEASONS);
	}

	public Flux<Season> seasons(String municipalityOrNull) {
		Query query = municipalityOrNull == null || municipalityOrNull.isBlank() ? new Query()
				: Query.query(Criteria.where("municipality").is(municipalityOrNull));
		return this.mongo.find(query.with(Sort.by(Sort.Direction.DESC, "openedAt")), Season.class, SEASONS);
	}

	public Flux<Season> publishing() {
		return this.mongo.find(Query.query(Criteria.where("status").is(Season.Status.PUBLISHING)), Season.class,
				SEASONS);
	}

	/** Stores a preview while the season is open. */
	public Mono<Boolean> savePreview(String id, Season.Preview preview) {
		return this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(id).and("status").is(Season.Status.OPEN)),
					new Update().set("preview", preview), SEASONS)
			// Matched, not modified: the same preview again is still saved.
			.map(result -> result.getMatchedCount() == 1);
	}

	/**
	 * The intent: OPEN → PUBLISHING, only if the stored preview is the one for these
	 * applications.
	 */
	public Mono<Boolean> startPublishing(String id, String fingerprint, Instant now) {
		return this.mongo
			.updateFirst(
					Query.query(Criteria.where("_id")
						.is(id)
						.and("status")
						.is(Season.Status.OPEN)
						.and("preview.fingerprint")
						.is(fingerprint)),
					new Update().set("status", Season.Status.PUBLISHING).set("publishingSince", now), SEASONS)
			.map(result -> result.getModifiedCount() == 1);
	}

	public Mono<Boolean> finishPublishing(String id) {
		return this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(id).and("status").is(Season.Status.PUBLISHING)),
					new Update().set("status", Season.Status.PUBLISHED).unset("publishingSince"), SEASONS)
			.map(result -> result.getModifiedCount() == 1);
	}

	public Mono<SeasonApplication> insert(SeasonApplication application) {
		return this.mongo.insert(application, APPLICATIONS);
	}

	public Mono<SeasonApplication> application(String id) {
		return this.mongo.findById(id, SeasonApplication.class, APPLICATIONS);
	}

	public Flux<SeasonApplication> applications(String seasonId) {
		return this.mongo.find(Query.query(Criteria.where("seasonId").is(seasonId)).with(Sort.by("submittedAt")),
				SeasonApplication.class, APPLICATIONS);
	}

	public Flux<SeasonApplication> ofHolder(String issuer, String subject) {
		return this.mongo.find(Query.query(Criteria.where("holder.issuer").is(issuer).and("holder.subject").is(subject))
			.with(Sort.by("submittedAt")), SeasonApplication.class, APPLICATIONS);
	}

	public Mono<Boolean> adjust(String id, SeasonApplication.Adjustment adjustment, String lockedRoom) {
		Update update = new Update().set("adjustment", adjustment);
		if (lockedRoom == null) {
			update.unset("lockedRoom");
		}
		else {
			update.set("lockedRoom", lockedRoom);
		}
		return this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(id).and("outcome").isNull()), update, APPLICATIONS)
			.map(result -> result.getModifiedCount() == 1);
	}

	/** Sets the outcome; setting the same twice changes nothing (recovery repeats it). */
	public Mono<Void> decide(String id, SeasonApplication.Outcome outcome, String room, String reasonKey, String heldBy,
			String bookingId) {
		return this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
				new Update().set("outcome", outcome)
					.set("grantedRoom", room)
					.set("reasonKey", reasonKey)
					.set("heldBy", heldBy)
					.set("bookingId", bookingId),
				APPLICATIONS)
			.then();
	}

	/** Marks the outcome message as sent; only the run that marks it sends. */
	public Mono<Boolean> markNotified(String id, Instant now) {
		return this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(id).and("notifiedAt").isNull()),
					new Update().set("notifiedAt", now), APPLICATIONS)
			.map(result -> result.getModifiedCount() == 1);
	}

	/** Applications that still name a person. */
	public Flux<SeasonApplication> withHolders() {
		return this.mongo.find(Query.query(Criteria.where("holder.subject").ne("")), SeasonApplication.class,
				APPLICATIONS);
	}

	/**
	 * Replaces the applicant by the anonymous one: the organisation's application, its
	 * time and its outcome stay (the allocation and its reasons still hold).
	 */
	public Mono<Long> anonymise(Criteria which) {
		return this.mongo
			.updateMulti(Query.query(which), new Update().set("holder", no.hverdag.booking.Holder.anonymous()),
					APPLICATIONS)
			.map(result -> result.getModifiedCount());
	}

}
