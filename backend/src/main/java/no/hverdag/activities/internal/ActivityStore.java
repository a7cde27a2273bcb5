package no.hverdag.activities.internal;

import java.util.Collection;

import no.hverdag.activities.Activity;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
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

}
