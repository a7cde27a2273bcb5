package no.hverdag.activities.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import no.hverdag.activities.Activity;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import no.hverdag.activities.ListingState;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Published activities in MongoDB: the source of truth the search index is rebuilt from.
 */
@Component
public class ActivityStore {

	private final ReactiveMongoTemplate mongo;

	private final ActivityMapper mapper;

	ActivityStore(ReactiveMongoTemplate mongo, ActivityMapper mapper) {
		this.mongo = mongo;
		this.mapper = mapper;
	}

	public Mono<Activity> insert(Activity activity) {
		return this.mongo.insert(this.mapper.toDocument(activity)).map(this.mapper::toDomain);
	}

	/** Writes the activity over the stored one with its id (an import's changed row). */
	public Mono<Activity> replace(Activity activity) {
		return this.mongo.save(this.mapper.toDocument(activity)).map(this.mapper::toDomain);
	}

	/**
	 * Sets one language's version of the text in one update, so a crash leaves either the
	 * old or the new version; the original's language is never changed here.
	 */
	public Mono<Activity> setText(String id, String language, no.hverdag.activities.ActivityTexts.Text text) {
		Query query = Query.query(Criteria.where("_id").is(id).and("originalLanguage").ne(language));
		org.springframework.data.mongodb.core.query.Update update = new org.springframework.data.mongodb.core.query.Update()
			.set("texts." + language, new ActivityDocument.TextFields(text.title(), text.description()));
		return this.mongo
			.findAndModify(query, update,
					org.springframework.data.mongodb.core.FindAndModifyOptions.options().returnNew(true),
					ActivityDocument.class)
			.map(this.mapper::toDomain);
	}

	public Mono<Activity> find(String id) {
		return this.mongo.findById(id, ActivityDocument.class).map(this.mapper::toDomain);
	}

	public Flux<Activity> findAll() {
		return this.mongo.findAll(ActivityDocument.class).map(this.mapper::toDomain);
	}

	public Flux<Activity> findAll(Collection<String> ids) {
		return this.mongo.find(Query.query(Criteria.where("_id").in(ids)), ActivityDocument.class)
			.map(this.mapper::toDomain);
	}

	public Flux<Activity> ofOrganisation(String organisationId) {
		return this.mongo
			.find(Query.query(Criteria.where("organisationId").is(organisationId))
				.with(Sort.by(Sort.Direction.DESC, "publishedAt")), ActivityDocument.class)
			.map(this.mapper::toDomain);
	}

	/**
	 * Writes new content over a listing in one update, leaving its state, history and
	 * cancelled dates as they are (a coordinator's unpublishing at the same moment is not
	 * undone by an edit). Empty when it is gone or withdrawn.
	 */
	public Mono<Activity> revise(Activity revised) {
		ActivityDocument d = this.mapper.toDocument(revised);
		Update update = new Update().set("type", d.type())
			.set("originalLanguage", d.originalLanguage())
			.set("texts", d.texts())
			.set("format", d.format())
			.set("schedule", d.schedule())
			.set("place", d.place())
			.set("languages", d.languages())
			.set("level", d.level())
			.set("audience", d.audience())
			.set("free", d.free())
			.set("priceNok", d.priceNok())
			.set("accessibility", d.accessibility())
			.set("capacity", d.capacity())
			.set("signUpRequired", d.signUpRequired())
			.set("contact", d.contact())
			.set("topics", d.topics());
		return this.mongo
			.findAndModify(
					Query.query(Criteria.where("_id").is(revised.id()).and("state").ne(ListingState.WITHDRAWN.name())),
					update, FindAndModifyOptions.options().returnNew(true), ActivityDocument.class)
			.map(this.mapper::toDomain);
	}

	/**
	 * Moves a listing from one of these states to another, with the extra fields set;
	 * empty when it is in none of them (someone else moved it first). A listing without a
	 * state is published.
	 */
	public Mono<Activity> transition(String id, List<ListingState> from, ListingState to, Update extra) {
		List<String> names = from.stream().map(Enum::name).toList();
		Criteria inState = from.contains(ListingState.PUBLISHED)
				? new Criteria().orOperator(Criteria.where("state").in(names), Criteria.where("state").exists(false))
				: Criteria.where("state").in(names);
		return this.mongo.findAndModify(Query.query(new Criteria().andOperator(Criteria.where("_id").is(id), inState)),
				extra.set("state", to.name()), FindAndModifyOptions.options().returnNew(true), ActivityDocument.class)
			.map(this.mapper::toDomain);
	}

	/** Marks one date cancelled; doing it twice changes nothing. */
	public Mono<Activity> cancelDate(String id, LocalDate date) {
		return this.mongo
			.findAndModify(Query.query(Criteria.where("_id").is(id)),
					new Update().addToSet("cancelledDates", date.toString()),
					FindAndModifyOptions.options().returnNew(true), ActivityDocument.class)
			.map(this.mapper::toDomain);
	}

	/** Scheduled listings whose time has come. */
	public Flux<Activity> due(Instant now) {
		return this.mongo
			.find(Query.query(Criteria.where("state").is(ListingState.SCHEDULED.name()).and("publishAt").lte(now)),
					ActivityDocument.class)
			.map(this.mapper::toDomain);
	}

	/** Withdrawn listings, those withdrawn at or after an instant ({@code null}: all). */
	public Flux<Activity> withdrawnSince(Instant since) {
		Criteria withdrawn = Criteria.where("state").is(ListingState.WITHDRAWN.name());
		if (since != null) {
			withdrawn = withdrawn.and("withdrawnAt").gte(since);
		}
		return this.mongo.find(Query.query(withdrawn), ActivityDocument.class).map(this.mapper::toDomain);
	}

	/** Listings in a state, for the coordinator's queue. */
	public Flux<Activity> inState(ListingState state) {
		return this.mongo
			.find(Query.query(Criteria.where("state").is(state.name())).with(Sort.by("publishedAt")),
					ActivityDocument.class)
			.map(this.mapper::toDomain);
	}

}
