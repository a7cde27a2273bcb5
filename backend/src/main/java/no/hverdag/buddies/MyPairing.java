package no.hverdag.buddies;

import java.time.Instant;
import java.util.List;

/**
 * A pairing as one of its two people sees it. The buddy's first name and contact point
 * are present only once both said yes; who declined is never said.
 */
public record MyPairing(String pairingId, String programmeId, String programmeName, Side side, PairingStatus status,
		List<Reason> reasons, Instant answerBy, Answer myAnswer, String buddyFirstName, String buddyContact,
		Ending ending) {

	public MyPairing {
		reasons = List.copyOf(reasons);
	}

	public boolean awaitsMyAnswer() {
		return this.status == PairingStatus.PROPOSED && this.myAnswer == null;
	}

}
