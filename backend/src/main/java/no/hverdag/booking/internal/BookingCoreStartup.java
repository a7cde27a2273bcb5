package no.hverdag.booking.internal;

import no.hverdag.shared.StartupStep;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * The indexes releases and give-backs look holders up by. The invariants themselves rest
 * on the unique {@code _id} index, which always exists.
 */
@Component
class BookingCoreStartup extends StartupStep {

	private final ReactiveMongoTemplate mongo;

	BookingCoreStartup(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	protected Mono<?> run() {
		return this.mongo.indexOps(MongoExclusiveTime.COLLECTION)
			.createIndex(new Index("holder", Sort.Direction.ASC))
			.then(this.mongo.indexOps(MongoExclusiveTime.COLLECTION)
				.createIndex(new Index("resource", Sort.Direction.ASC)))
			.then(this.mongo.indexOps(MongoDailyStock.COLLECTION).createIndex(new Index("kind", Sort.Direction.ASC)));
	}

	@Override
	public int getPhase() {
		return SCHEMA;
	}

}
