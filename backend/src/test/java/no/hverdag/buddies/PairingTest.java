package no.hverdag.buddies;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import no.hverdag.shared.HverdagException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Consent, the deadline, and the follow-up schedule of one pairing. */
class PairingTest {

	static final Instant PUBLISHED = Instant.parse("2026-01-15T09:00:00Z");

	static final Instant DEADLINE = PUBLISHED.plus(Duration.ofDays(7));

	final Pairing proposed = Pairing.proposed("p",
			new Proposal("n", "l", 300, List.of(Reason.of(Reason.NORWEGIAN)), false), DEADLINE);

	@Test
	@DisplayName("contact details are revealed only once both said yes, never to one yes alone")
	void consentGatesContact() {
		Pairing oneYes = answered(this.proposed, Side.NEWCOMER, Answer.YES, PUBLISHED.plusSeconds(60));
		assertThat(oneYes.revealsContact(PUBLISHED.plusSeconds(120))).isFalse();
		assertThat(oneYes.status(PUBLISHED.plusSeconds(120))).isEqualTo(PairingStatus.PROPOSED);
		Pairing both = answered(oneYes, Side.LOCAL, Answer.YES, PUBLISHED.plusSeconds(3600));
		assertThat(both.revealsContact(PUBLISHED.plusSeconds(3700))).isTrue();
		assertThat(both.activeSince()).contains(PUBLISHED.plusSeconds(3600));
	}

	@Test
	@DisplayName("a no, or no answer by the deadline, closes the proposal and frees both for the pool")
	void declineAndDeadline() {
		Pairing no = answered(this.proposed, Side.LOCAL, Answer.NO, PUBLISHED.plusSeconds(60));
		assertThat(no.status(PUBLISHED.plusSeconds(61))).isEqualTo(PairingStatus.DECLINED);
		assertThat(no.holdsPeople(PUBLISHED.plusSeconds(61))).isFalse();
		assertThat(no.revealsContact(PUBLISHED.plusSeconds(61))).isFalse();
		assertThatThrownBy(() -> no.checkMayAnswer(Side.NEWCOMER, PUBLISHED.plusSeconds(62)))
			.isInstanceOf(HverdagException.Conflict.class);

		Pairing oneYes = answered(this.proposed, Side.NEWCOMER, Answer.YES, PUBLISHED.plusSeconds(60));
		assertThat(oneYes.holdsPeople(DEADLINE.minusSeconds(1))).isTrue();
		assertThat(oneYes.status(DEADLINE.plusSeconds(1))).isEqualTo(PairingStatus.EXPIRED);
		assertThat(oneYes.holdsPeople(DEADLINE.plusSeconds(1))).isFalse();
		assertThatThrownBy(() -> oneYes.checkMayAnswer(Side.LOCAL, DEADLINE.plusSeconds(1)))
			.isInstanceOf(HverdagException.Conflict.class);
		assertThatThrownBy(() -> oneYes.checkMayAnswer(Side.NEWCOMER, PUBLISHED.plusSeconds(70)))
			.isInstanceOf(HverdagException.Conflict.class);
	}

	@Test
	@DisplayName("follow-ups fall 1, 3, 6 and 12 calendar months after both said yes, each once, and only the latest if late")
	void followUpSchedule() {
		Instant active = ZonedDateTime.parse("2026-01-31T18:00:00+01:00[Europe/Oslo]").toInstant();
		assertThat(FollowUpSchedule.dueAt(active, 0))
			.isEqualTo(ZonedDateTime.parse("2026-02-28T18:00:00+01:00[Europe/Oslo]").toInstant());
		assertThat(FollowUpSchedule.dueAt(active, 3))
			.isEqualTo(ZonedDateTime.parse("2027-01-31T18:00:00+01:00[Europe/Oslo]").toInstant());
		assertThat(FollowUpSchedule.due(active, 0, active.plus(Duration.ofDays(27)))).isEmpty();
		assertThat(FollowUpSchedule.due(active, 0, active.plus(Duration.ofDays(29)))).contains(1);
		assertThat(FollowUpSchedule.due(active, 1, active.plus(Duration.ofDays(29)))).isEmpty();
		assertThat(FollowUpSchedule.due(active, 1, active.plus(Duration.ofDays(90)))).contains(3);
		// Down for half a year: the 3- and 6-month follow-ups are due, only the 6-month
		// one goes.
		assertThat(FollowUpSchedule.due(active, 1, active.plus(Duration.ofDays(200)))).contains(6);
		assertThat(FollowUpSchedule.sentAfter(6)).isEqualTo(3);
		assertThat(FollowUpSchedule.due(active, 4, active.plus(Duration.ofDays(900)))).isEmpty();

		Pairing open = Pairing.proposed("q", new Proposal("n", "l", 300, List.of(), false),
				active.plus(Duration.ofDays(7)));
		Pairing both = answered(answered(open, Side.NEWCOMER, Answer.YES, active), Side.LOCAL, Answer.YES, active);
		assertThat(both.followUpDue(active.plus(Duration.ofDays(40)))).contains(1);
		assertThat(answered(open, Side.NEWCOMER, Answer.YES, active).followUpDue(active.plus(Duration.ofDays(40))))
			.as("no follow-up without both yes")
			.isEmpty();
	}

	private static Pairing answered(Pairing p, Side side, Answer answer, Instant at) {
		p.checkMayAnswer(side, at);
		return side == Side.NEWCOMER
				? new Pairing(p.id(), p.newcomerId(), p.localId(), p.reasons(), answer, at, p.localAnswer(),
						p.localAnsweredAt(), p.answerBy(), p.followUpsSent(), p.checkIns(), p.needsHelp(), p.ending(),
						p.endedAt(), null, null)
				: new Pairing(p.id(), p.newcomerId(), p.localId(), p.reasons(), p.newcomerAnswer(),
						p.newcomerAnsweredAt(), answer, at, p.answerBy(), p.followUpsSent(), p.checkIns(),
						p.needsHelp(), p.ending(), p.endedAt(), null, null);
	}

}
