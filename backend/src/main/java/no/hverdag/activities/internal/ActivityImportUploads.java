package no.hverdag.activities.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * A file checked on the import page, kept until "import now" so that it need not be
 * chosen again (a page without JavaScript cannot carry 2 MB in a hidden field). Bound to
 * its organisation, deleted once imported, ignored after a day.
 */
@Component
class ActivityImportUploads {

	static final Duration KEPT = Duration.ofDays(1);

	@Document("activityImportUploads")
	record Upload(@Id String id, String organisationId, ActivityImport.Format format, String content,
			Instant uploadedAt) {
	}

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	ActivityImportUploads(ReactiveMongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	Mono<Upload> keep(String organisationId, ActivityImport.Format format, String content) {
		Instant now = this.clock.instant();
		// Older uploads of nobody's interest go first, so the collection stays small.
		return this.mongo.remove(Query.query(Criteria.where("uploadedAt").lt(now.minus(KEPT))), Upload.class)
			.then(this.mongo.insert(new Upload(UUID.randomUUID().toString(), organisationId, format, content, now)));
	}

	Mono<Upload> find(String organisationId, String id) {
		return this.mongo.findOne(Query.query(Criteria.where("_id")
			.is(id)
			.and("organisationId")
			.is(organisationId)
			.and("uploadedAt")
			.gte(this.clock.instant().minus(KEPT))), Upload.class);
	}

	Mono<Void> forget(String id) {
		return this.mongo.remove(Query.query(Criteria.where("_id").is(id)), Upload.class).then();
	}

}
