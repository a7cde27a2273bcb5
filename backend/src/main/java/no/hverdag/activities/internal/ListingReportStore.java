package no.hverdag.activities.internal;

import java.time.Instant;
import java.util.Collection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Reports on listings; each decision is one conditional update on an open report. */
@Component
public class ListingReportStore {

	static final String OPEN = "OPEN";

	private final ReactiveMongoTemplate mongo;

	ListingReportStore(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	public Mono<ListingReportDocument> insert(ListingReportDocument report) {
		return this.mongo.insert(report);
	}

	public Flux<ListingReportDocument> openIn(Collection<String> municipalities, boolean everywhere) {
		Criteria open = Criteria.where("status").is(OPEN);
		if (!everywhere) {
			open = open.and("municipality").in(municipalities);
		}
		return this.mongo.find(Query.query(open).with(Sort.by("reportedAt")), ListingReportDocument.class);
	}

	public Mono<ListingReportDocument> find(String id) {
		return this.mongo.findById(id, ListingReportDocument.class);
	}

	/** Closes an open report; empty when it was already closed. */
	public Mono<ListingReportDocument> close(String id, String outcome, Instant at) {
		return this.mongo.findAndModify(Query.query(Criteria.where("_id").is(id).and("status").is(OPEN)),
				new Update().set("status", outcome).set("closedAt", at), FindAndModifyOptions.options().returnNew(true),
				ListingReportDocument.class);
	}

	/** Closes every open report on a listing (it was unpublished). */
	public Mono<Void> closeAll(String activityId, String outcome, Instant at) {
		return this.mongo
			.updateMulti(Query.query(Criteria.where("activityId").is(activityId).and("status").is(OPEN)),
					new Update().set("status", outcome).set("closedAt", at), ListingReportDocument.class)
			.then();
	}

}
