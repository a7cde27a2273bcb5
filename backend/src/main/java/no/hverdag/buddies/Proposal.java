package no.hverdag.buddies;

import java.util.List;

/** A pair a round proposes, with its score and its reasons. */
public record Proposal(String newcomerId, String localId, int points, List<Reason> reasons, boolean locked) {

	public Proposal {
		reasons = List.copyOf(reasons);
	}

	public PairKey key() {
		return new PairKey(this.newcomerId, this.localId);
	}

}
