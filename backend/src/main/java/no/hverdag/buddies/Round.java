package no.hverdag.buddies;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A matching round as its coordinator sees it: the status ({@code DRAFT},
 * {@code PUBLISHED}, {@code DISCARDED}), the version a publish or re-run must name, the
 * weights, locks and forbids, the proposals and who stayed in the pool, and once
 * published the pairings.
 */
public record Round(String id, String programmeId, String status, long version, Weights weights, List<PairKey> locks,
		List<PairKey> forbids, List<Proposal> proposals, List<String> unmatchedNewcomers, List<String> unmatchedLocals,
		Instant createdAt, Instant publishedAt, List<Pairing> pairings) {

	public boolean draft() {
		return "DRAFT".equals(this.status);
	}

	/** A round with the people it names, for the coordinator's page and the API. */
	public record View(Programme programme, Round round, Map<String, Enrolment> people) {

	}

}
