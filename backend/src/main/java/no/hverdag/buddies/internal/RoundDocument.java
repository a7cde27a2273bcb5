package no.hverdag.buddies.internal;

import java.time.Instant;
import java.util.List;

import no.hverdag.buddies.PairKey;
import no.hverdag.buddies.Pairing;
import no.hverdag.buddies.Proposal;
import no.hverdag.buddies.Round;
import no.hverdag.buddies.Weights;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A matching round: a draft (the coordinator's proposals, re-run with new weights, locks
 * and forbids, each run raising {@code version}) and, once published, its pairings with
 * both answers, check-ins and endings. Everything a round decides is in this one
 * document, so publishing is one conditional update ({@code status: DRAFT, version: v})
 * and two coordinators cannot publish two results. {@code openKey} (the programme's id
 * while a draft is open) has a sparse unique index: one draft per programme at a time.
 */
@Document("buddy_rounds")
public record RoundDocument(@Id String id, String programmeId, String coordinatorIssuer, String coordinatorSubject,
		String status, String openKey, long version, Weights weights, List<PairKey> locks, List<PairKey> forbids,
		List<Proposal> proposals, List<String> unmatchedNewcomers, List<String> unmatchedLocals, Instant createdAt,
		Instant publishedAt, List<Pairing> pairings) {

	static final String DRAFT = "DRAFT";

	static final String PUBLISHED = "PUBLISHED";

	static final String DISCARDED = "DISCARDED";

	public RoundDocument {
		locks = locks == null ? List.of() : locks;
		forbids = forbids == null ? List.of() : forbids;
		proposals = proposals == null ? List.of() : proposals;
		unmatchedNewcomers = unmatchedNewcomers == null ? List.of() : unmatchedNewcomers;
		unmatchedLocals = unmatchedLocals == null ? List.of() : unmatchedLocals;
		pairings = pairings == null ? List.of() : pairings;
	}

	public Round toDomain() {
		return new Round(this.id, this.programmeId, this.status, this.version, this.weights, this.locks, this.forbids,
				this.proposals, this.unmatchedNewcomers, this.unmatchedLocals, this.createdAt, this.publishedAt,
				this.pairings);
	}

	/** A new or re-run draft: version 0 when inserted; the store raises it on replace. */
	public static RoundDocument draft(String id, String programmeId, no.hverdag.shared.security.Actor actor,
			no.hverdag.buddies.Matchmaker.Plan plan, no.hverdag.buddies.Matchmaker.Outcome outcome, Instant now) {
		return new RoundDocument(id, programmeId, actor.issuer(), actor.subject(), DRAFT, programmeId, 0,
				plan.weights(), List.copyOf(plan.locks()), List.copyOf(plan.forbids()), outcome.proposals(),
				outcome.unmatchedNewcomers(), outcome.unmatchedLocals(), now, null, List.of());
	}

	/** Each pairing with its place in the round, for updates by index. */
	public List<Located> located() {
		List<Located> all = new java.util.ArrayList<>();
		for (int i = 0; i < this.pairings.size(); i++) {
			all.add(new Located(this.id, i, this.pairings.get(i)));
		}
		return all;
	}

	/** A pairing, the round it is in and its index there. */
	public record Located(String roundId, int index, Pairing pairing) {

	}

}
