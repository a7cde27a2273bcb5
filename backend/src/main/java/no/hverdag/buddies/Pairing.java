package no.hverdag.buddies;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import no.hverdag.shared.HverdagException;

/**
 * A published pair and its life: both answers (until a deadline), the follow-ups, an
 * ending. The rules of consent live here: names and contact points are visible only to
 * the two people and only once both said yes; a no or a missed deadline simply returns
 * both to the pool.
 */
public record Pairing(String id, String newcomerId, String localId, List<Reason> reasons, Answer newcomerAnswer,
		Instant newcomerAnsweredAt, Answer localAnswer, Instant localAnsweredAt, Instant answerBy, int followUpsSent,
		List<CheckIn> checkIns, boolean needsHelp, Ending ending, Instant endedAt, String newcomerCheckInHash,
		String localCheckInHash) {

	/** What stands in for the two people once a pairing is anonymised after retention. */
	public static final String ANONYMOUS = "-";

	public Pairing {
		reasons = reasons == null ? List.of() : List.copyOf(reasons);
		checkIns = checkIns == null ? List.of() : List.copyOf(checkIns);
	}

	public static Pairing proposed(String id, Proposal proposal, Instant answerBy) {
		return new Pairing(id, proposal.newcomerId(), proposal.localId(), proposal.reasons(), null, null, null, null,
				answerBy, 0, List.of(), false, null, null, null, null);
	}

	public PairingStatus status(Instant now) {
		if (this.ending != null) {
			return PairingStatus.ENDED;
		}
		if (this.newcomerAnswer == Answer.NO || this.localAnswer == Answer.NO) {
			return PairingStatus.DECLINED;
		}
		if (this.newcomerAnswer == Answer.YES && this.localAnswer == Answer.YES) {
			return PairingStatus.ACTIVE;
		}
		return now.isAfter(this.answerBy) ? PairingStatus.EXPIRED : PairingStatus.PROPOSED;
	}

	/** Whether the pairing keeps its two people out of the pool. */
	public boolean holdsPeople(Instant now) {
		PairingStatus status = status(now);
		return status == PairingStatus.PROPOSED || status == PairingStatus.ACTIVE
				|| (status == PairingStatus.ENDED && this.ending == Ending.FRIENDS);
	}

	/** When both had said yes, if they have. */
	public Optional<Instant> activeSince() {
		if (this.newcomerAnswer == Answer.YES && this.localAnswer == Answer.YES) {
			return Optional.of(this.newcomerAnsweredAt.isAfter(this.localAnsweredAt) ? this.newcomerAnsweredAt
					: this.localAnsweredAt);
		}
		return Optional.empty();
	}

	public Optional<Side> sideOf(String enrolmentId) {
		if (this.newcomerId.equals(enrolmentId)) {
			return Optional.of(Side.NEWCOMER);
		}
		return this.localId.equals(enrolmentId) ? Optional.of(Side.LOCAL) : Optional.empty();
	}

	public String enrolmentOf(Side side) {
		return side == Side.NEWCOMER ? this.newcomerId : this.localId;
	}

	public Answer answerOf(Side side) {
		return side == Side.NEWCOMER ? this.newcomerAnswer : this.localAnswer;
	}

	/** Whether one side may now see the other's first name and contact point. */
	public boolean revealsContact(Instant now) {
		return status(now) == PairingStatus.ACTIVE;
	}

	/**
	 * Checks that one side may answer now; refuses a second answer or a closed proposal.
	 */
	public void checkMayAnswer(Side side, Instant now) {
		if (answerOf(side) != null) {
			throw new HverdagException.Conflict("buddies.error.answered");
		}
		if (status(now) != PairingStatus.PROPOSED) {
			throw new HverdagException.Conflict("buddies.error.answerClosed");
		}
	}

	/** Checks that a pairing may be ended: it is active (both said yes) and not ended. */
	public void checkMayEnd(Instant now) {
		if (status(now) != PairingStatus.ACTIVE) {
			throw new HverdagException.Conflict("buddies.error.notActive");
		}
	}

	/**
	 * The follow-up that is due now, if any (1, 3, 6 or 12 months after both said yes).
	 */
	public Optional<Integer> followUpDue(Instant now) {
		if (status(now) != PairingStatus.ACTIVE) {
			return Optional.empty();
		}
		return FollowUpSchedule.due(activeSince().orElseThrow(), this.followUpsSent, now);
	}

	public Pairing withCheckIn(CheckIn checkIn) {
		List<CheckIn> all = new ArrayList<>(this.checkIns);
		all.add(checkIn);
		return new Pairing(this.id, this.newcomerId, this.localId, this.reasons, this.newcomerAnswer,
				this.newcomerAnsweredAt, this.localAnswer, this.localAnsweredAt, this.answerBy, this.followUpsSent, all,
				this.needsHelp || checkIn.answer() == CheckInAnswer.NEED_HELP, this.ending, this.endedAt,
				this.newcomerCheckInHash, this.localCheckInHash);
	}

}
