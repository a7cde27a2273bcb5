package no.hverdag.activities.internal;

import java.util.List;

import no.hverdag.shared.StartupMarks;
import no.hverdag.shared.StartupStep;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Activities stored before listings had texts in several languages (a flat title and
 * description, a weekly schedule on one {@code dayOfWeek}, the place as flat fields) are
 * rewritten into today's shape at start, before anything reads them: bokmål text, a
 * recurring schedule on that day, a nested place, no Norwegian needed, for everyone,
 * drop-in. Each document is one replace that matches only while it still has the old
 * shape, so running it twice, or on two nodes, changes nothing more.
 */
@Component
class ActivityShapeMigration extends StartupStep {

	private static final Logger log = LoggerFactory.getLogger(ActivityShapeMigration.class);

	private final ReactiveMongoTemplate mongo;

	private final StartupMarks marks;

	ActivityShapeMigration(ReactiveMongoTemplate mongo, StartupMarks marks) {
		this.mongo = mongo;
		this.marks = marks;
	}

	/**
	 * Once per version of this code on a store: finding the old shape reads every
	 * activity (the embedded store has no index for it), 5 s at 100,000 activities on a
	 * restart (docs/performance.md), and nothing written since the first run can have it.
	 */
	@Override
	protected Mono<?> run() {
		return this.marks.unlessDone("activity-shape-migration",
				StartupMarks.checksum(StartupMarks.code(ActivityShapeMigration.class)), this::migrate);
	}

	/** Rewrites every activity still in the old shape; the count rewritten. */
	Mono<Long> migrate() {
		String collection = this.mongo.getCollectionName(ActivityDocument.class);
		Query old = Query.query(Criteria.where("texts").exists(false));
		return this.mongo.find(old, Document.class, collection)
			.concatMap(doc -> this.mongo.replace(
					Query.query(Criteria.where("_id").is(doc.get("_id")).and("texts").exists(false)), upgrade(doc),
					collection))
			.count()
			.doOnNext(count -> {
				if (count > 0) {
					log.info("Rewrote {} activities stored in the old shape", count);
				}
			});
	}

	static Document upgrade(Document old) {
		Document schedule = old.get("schedule", Document.class);
		Document upgraded = new Document("_id", old.get("_id")).append("organisationId", old.get("organisationId"))
			.append("organisationName", old.get("organisationName"))
			.append("type", old.get("type"))
			.append("originalLanguage", "nb")
			.append("texts",
					new Document("nb",
							new Document("title", old.getString("title")).append("description",
									old.getString("description"))))
			.append("format", "PLAIN");
		if ("WEEKLY".equals(schedule.getString("kind"))) {
			upgraded.append("schedule",
					new Document("kind", ActivityMapper.RECURRING)
						.append("days", List.of(schedule.getString("dayOfWeek")))
						.append("everyWeeks", 1)
						.append("start", schedule.getString("start"))
						.append("end", schedule.getString("end")));
		}
		else {
			upgraded.append("schedule", schedule);
		}
		return upgraded
			.append("place",
					new Document("name", old.getString("placeName")).append("address", old.getString("address"))
						.append("municipality", old.getString("municipality"))
						.append("buildingType", "OTHER")
						.append("lat", old.get("lat"))
						.append("lon", old.get("lon")))
			.append("languages", old.get("languages"))
			.append("level", "NONE")
			.append("audience", "EVERYONE")
			.append("free", old.getBoolean("free", false))
			.append("accessibility", List.of())
			.append("signUpRequired", false)
			.append("publishedAt", old.get("publishedAt"));
	}

	@Override
	public int getPhase() {
		return SCHEMA;
	}

}
