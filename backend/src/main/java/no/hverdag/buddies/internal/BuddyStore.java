package no.hverdag.buddies.internal;

import java.time.Instant;
import java.util.List;

import no.hverdag.buddies.Answer;
import no.hverdag.buddies.CheckIn;
import no.hverdag.buddies.Ending;
import no.hverdag.buddies.Enrolment;
import no.hverdag.buddies.Pairing;
import no.hverdag.buddies.Programme;
import no.hverdag.buddies.Side;
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
 * Programmes, enrolments and rounds in MongoDB. Every change an invariant rests on is one
 * conditional single-document update: a draft is replaced only at the version it was
 * read, published once; an answer, an ending and a follow-up are recorded only while they
 * are still open.
 */
@Component
public class BuddyStore {

	private final ReactiveMongoTemplate mongo;

	BuddyStore(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	Mono<Void> createIndexes() {
		var enrolments = this.mongo.indexOps(EnrolmentDocument.class);
		var rounds = this.mongo.indexOps(RoundDocument.class);
		return enrolments.createIndex(new Index().on("ownerKey", Sort.Direction.ASC).unique())
			.then(enrolments.createIndex(new Index().on("programmeId", Sort.Direction.ASC)))
			.then(enrolments.createIndex(new Index().on("ownerSubject", Sort.Direction.ASC)))
			.then(rounds.createIndex(new Index().on("openKey", Sort.Direction.ASC).unique().sparse()))
			.then(rounds.createIndex(new Index().on("programmeId", Sort.Direction.ASC)))
			.then(rounds.createIndex(new Index().on("pairings.id", Sort.Direction.ASC)))
			.then();
	}

	// Programmes

	public Mono<Programme> insert(Programme programme) {
		return this.mongo.insert(ProgrammeDocument.of(programme)).map(ProgrammeDocument::toDomain);
	}

	public Mono<Programme> programme(String id) {
		return this.mongo.findById(id, ProgrammeDocument.class).map(ProgrammeDocument::toDomain);
	}

	public Flux<Programme> programmes() {
		return this.mongo.find(new Query().with(Sort.by("name")), ProgrammeDocument.class)
			.map(ProgrammeDocument::toDomain);
	}

	// Enrolments

	public Mono<Enrolment> insert(Enrolment enrolment) {
		return this.mongo.insert(EnrolmentDocument.of(enrolment)).map(EnrolmentDocument::toDomain);
	}

	public Mono<Enrolment> enrolment(String id) {
		return this.mongo.findById(id, EnrolmentDocument.class).map(EnrolmentDocument::toDomain);
	}

	public Flux<Enrolment> enrolments(String programmeId) {
		return this.mongo
			.find(Query.query(Criteria.where("programmeId").is(programmeId)).with(Sort.by("enrolledAt")),
					EnrolmentDocument.class)
			.map(EnrolmentDocument::toDomain);
	}

	public Flux<Enrolment> enrolments(List<String> ids) {
		return this.mongo.find(Query.query(Criteria.where("_id").in(ids)), EnrolmentDocument.class)
			.map(EnrolmentDocument::toDomain);
	}

	public Flux<Enrolment> enrolmentsOf(String issuer, String subject) {
		return this.mongo
			.find(Query.query(Criteria.where("ownerSubject").is(subject).and("ownerIssuer").is(issuer)),
					EnrolmentDocument.class)
			.map(EnrolmentDocument::toDomain);
	}

	/** The coordinator's approval of a local after their conversation; once. */
	public Mono<Boolean> approve(String programmeId, String enrolmentId, Instant conversationAt) {
		return this.mongo
			.updateFirst(
					Query.query(Criteria.where("_id")
						.is(enrolmentId)
						.and("programmeId")
						.is(programmeId)
						.and("status")
						.is(Enrolment.EnrolmentStatus.AWAITING_APPROVAL.name())),
					new Update().set("status", Enrolment.EnrolmentStatus.APPROVED.name())
						.set("conversationRecordedAt", conversationAt),
					EnrolmentDocument.class)
			.map(r -> r.getModifiedCount() == 1);
	}

	public Mono<Void> deleteEnrolments(List<String> ids) {
		return this.mongo.remove(Query.query(Criteria.where("_id").in(ids)), EnrolmentDocument.class).then();
	}

	// Rounds

	public Mono<RoundDocument> insert(RoundDocument round) {
		return this.mongo.insert(round);
	}

	public Mono<RoundDocument> round(String id) {
		return this.mongo.findById(id, RoundDocument.class);
	}

	public Flux<RoundDocument> rounds(String programmeId) {
		return this.mongo.find(Query.query(Criteria.where("programmeId").is(programmeId))
			.with(Sort.by(Sort.Direction.DESC, "createdAt")), RoundDocument.class);
	}

	public Flux<RoundDocument> publishedRounds(String programmeId) {
		return this.mongo.find(
				Query.query(Criteria.where("programmeId").is(programmeId).and("status").is(RoundDocument.PUBLISHED)),
				RoundDocument.class);
	}

	public Flux<RoundDocument> publishedRounds() {
		return this.mongo.find(Query.query(Criteria.where("status").is(RoundDocument.PUBLISHED)), RoundDocument.class);
	}

	public Flux<RoundDocument> roundsWithEnrolments(List<String> enrolmentIds) {
		return this.mongo
			.find(Query.query(new Criteria().orOperator(Criteria.where("pairings.newcomerId").in(enrolmentIds),
					Criteria.where("pairings.localId").in(enrolmentIds))), RoundDocument.class);
	}

	public Mono<RoundDocument> roundWithPairing(String pairingId) {
		return this.mongo.findOne(Query.query(Criteria.where("pairings.id").is(pairingId)), RoundDocument.class);
	}

	public Mono<RoundDocument> roundWithCheckInHash(String hash) {
		return this.mongo
			.findOne(Query.query(new Criteria().orOperator(Criteria.where("pairings.newcomerCheckInHash").is(hash),
					Criteria.where("pairings.localCheckInHash").is(hash))), RoundDocument.class);
	}

	/**
	 * Replaces a draft's result if nobody changed or published it since version
	 * {@code v}.
	 */
	public Mono<Boolean> replaceDraft(RoundDocument next, long v) {
		Update update = new Update().set("version", v + 1)
			.set("weights", next.weights())
			.set("locks", next.locks())
			.set("forbids", next.forbids())
			.set("proposals", next.proposals())
			.set("unmatchedNewcomers", next.unmatchedNewcomers())
			.set("unmatchedLocals", next.unmatchedLocals());
		return this.mongo.updateFirst(draftAt(next.id(), v), update, RoundDocument.class)
			.map(r -> r.getModifiedCount() == 1);
	}

	/**
	 * Publishes a draft at version {@code v}, all pairs at once; false if anyone came
	 * first.
	 */
	public Mono<Boolean> publish(String roundId, long v, List<Pairing> pairings, Instant now) {
		Update update = new Update().set("status", RoundDocument.PUBLISHED)
			.unset("openKey")
			.set("version", v + 1)
			.set("publishedAt", now)
			.set("pairings", pairings);
		return this.mongo.updateFirst(draftAt(roundId, v), update, RoundDocument.class)
			.map(r -> r.getModifiedCount() == 1);
	}

	public Mono<Boolean> discard(String roundId, long v) {
		return this.mongo
			.updateFirst(draftAt(roundId, v),
					new Update().set("status", RoundDocument.DISCARDED).unset("openKey").set("version", v + 1),
					RoundDocument.class)
			.map(r -> r.getModifiedCount() == 1);
	}

	private static Query draftAt(String roundId, long v) {
		return Query
			.query(Criteria.where("_id").is(roundId).and("status").is(RoundDocument.DRAFT).and("version").is(v));
	}

	/**
	 * The pairing at {@code index} of a published round, if it is still the pairing with
	 * that id. A round's pairings never move once published, so the index is stable;
	 * numeric paths work on every store (the embedded one has no positional
	 * {@code $elemMatch} updates).
	 */
	private static Criteria at(String roundId, int index, String pairingId) {
		return Criteria.where("_id").is(roundId).and("pairings." + index + ".id").is(pairingId);
	}

	/** Records one side's answer, only if that side has not answered. */
	public Mono<Boolean> answer(String roundId, int index, String pairingId, Side side, Answer answer, Instant now) {
		String field = "pairings." + index + "." + (side == Side.NEWCOMER ? "newcomer" : "local");
		return this.mongo
			.updateFirst(Query.query(at(roundId, index, pairingId).and(field + "Answer").is(null)),
					new Update().set(field + "Answer", answer).set(field + "AnsweredAt", now), RoundDocument.class)
			.map(r -> r.getModifiedCount() == 1);
	}

	public Mono<Boolean> end(String roundId, int index, String pairingId, Ending ending, Instant now) {
		String pairing = "pairings." + index + ".";
		return this.mongo
			.updateFirst(Query.query(at(roundId, index, pairingId).and(pairing + "ending").is(null)),
					new Update().set(pairing + "ending", ending).set(pairing + "endedAt", now), RoundDocument.class)
			.map(r -> r.getModifiedCount() == 1);
	}

	/** Marks a follow-up sent with fresh check-in links, only once. */
	public Mono<Boolean> markFollowUp(String roundId, int index, String pairingId, int sentBefore, int sentAfter,
			String newcomerHash, String localHash) {
		String pairing = "pairings." + index + ".";
		return this.mongo
			.updateFirst(Query.query(at(roundId, index, pairingId).and(pairing + "followUpsSent").is(sentBefore)),
					new Update().set(pairing + "followUpsSent", sentAfter)
						.set(pairing + "newcomerCheckInHash", newcomerHash)
						.set(pairing + "localCheckInHash", localHash),
					RoundDocument.class)
			.map(r -> r.getModifiedCount() == 1);
	}

	public Mono<Boolean> checkIn(String roundId, int index, String pairingId, CheckIn checkIn) {
		String pairing = "pairings." + index + ".";
		Update update = new Update().push(pairing + "checkIns", checkIn);
		if (checkIn.answer() == no.hverdag.buddies.CheckInAnswer.NEED_HELP) {
			update.set(pairing + "needsHelp", true);
		}
		return this.mongo.updateFirst(Query.query(at(roundId, index, pairingId)), update, RoundDocument.class)
			.map(r -> r.getModifiedCount() == 1);
	}

	/**
	 * Erasure: the pairing ends and keeps nothing about the two people but its counts.
	 */
	public Mono<Boolean> erasePairing(String roundId, int index, String pairingId, Instant now) {
		String pairing = "pairings." + index + ".";
		return this.mongo
			.updateFirst(Query.query(at(roundId, index, pairingId)),
					new Update().set(pairing + "ending", Ending.ERASED)
						.set(pairing + "endedAt", now)
						.set(pairing + "reasons", List.of())
						.set(pairing + "checkIns", List.of())
						.unset(pairing + "newcomerCheckInHash")
						.unset(pairing + "localCheckInHash"),
					RoundDocument.class)
			.map(r -> r.getModifiedCount() == 1);
	}

	/** Retention: the pairing keeps its ending, answers and dates, nothing about who. */
	public Mono<Boolean> anonymisePairing(String roundId, int index, String pairingId) {
		String pairing = "pairings." + index + ".";
		return this.mongo
			.updateFirst(Query.query(at(roundId, index, pairingId)),
					new Update().set(pairing + "newcomerId", Pairing.ANONYMOUS)
						.set(pairing + "localId", Pairing.ANONYMOUS)
						.set(pairing + "reasons", List.of())
						.set(pairing + "checkIns", List.of())
						.unset(pairing + "newcomerCheckInHash")
						.unset(pairing + "localCheckInHash"),
					RoundDocument.class)
			.map(r -> r.getModifiedCount() == 1);
	}

}
