package no.hverdag.signups.internal;

import java.time.Instant;

import no.hverdag.activities.ActivityPublishing;
import no.hverdag.shared.security.Hashes;
import no.hverdag.signups.NewSignUp;
import no.hverdag.signups.SignUpReceipt;
import no.hverdag.signups.SignUps;
import no.hverdag.support.HverdagIntegrationTest;
import no.hverdag.support.SignUpActivities;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The states a crash leaves between two writes of a sign-up or a cancel (ADR 0007), made
 * by running only the first writes, and what the recovery makes of them: places counted
 * from their holders again, the one waiting promoted, nothing left half done.
 */
@HverdagIntegrationTest
class SignUpRecoveryTest {

	/** Everything written so far counts as old enough to recover. */
	static final Instant LATER = Instant.parse("2100-01-01T00:00:00Z");

	@Autowired
	SignUps signUps;

	@Autowired
	SignUpStore store;

	@Autowired
	SignUpRecovery recovery;

	@Autowired
	ActivityPublishing publishing;

	@Test
	@DisplayName("a sign-up that died after taking its place is rolled back and the place is free again")
	void phantomPlaceGoesBack() {
		String occurrence = occurrenceWithCapacity(2);
		String confirmed = signUp(occurrence, "a").signUp().id();
		// The crash: the intent and the place are written, the answer never went out.
		SignUpDocument pending = this.store.insert(pendingDocument(occurrence, "b")).block();
		assertThat(this.store.claimPlace(occurrence, pending.id(), true).block()).isTrue();
		assertThat(this.store.occurrence(occurrence).block().remaining()).isZero();

		assertThat(this.recovery.recover(LATER).block()).isPositive();

		OccurrenceDocument after = this.store.occurrence(occurrence).block();
		assertThat(after.holders()).containsExactly(confirmed);
		assertThat(after.taken()).isEqualTo(1);
		assertThat(after.remaining()).isEqualTo(1);
		SignUpDocument rolledBack = this.store.byId(pending.id()).block();
		assertThat(rolledBack.status()).isEqualTo("CANCELLED");
		assertThat(rolledBack.activeKey()).isNull();
		assertThat(this.recovery.recover(LATER).block()).as("a second run finds nothing").isZero();
	}

	@Test
	@DisplayName("a cancel that died before passing its place on: the first one waiting gets it")
	void cancelledPlacePassesOn() {
		String occurrence = occurrenceWithCapacity(1);
		SignUpReceipt first = signUp(occurrence, "c");
		SignUpReceipt waiting = signUp(occurrence, "d");
		assertThat(waiting.position()).isEqualTo(1L);
		// The crash: the cancel is written, the place never moved.
		this.store.cancel(Hashes.sha256Hex(first.token()), Instant.now()).block();
		assertThat(this.store.occurrence(occurrence).block().holders()).containsExactly(first.signUp().id());

		this.recovery.recover(LATER).block();

		OccurrenceDocument after = this.store.occurrence(occurrence).block();
		assertThat(after.holders()).containsExactly(waiting.signUp().id());
		assertThat(after.remaining()).isZero();
		assertThat(this.store.byId(waiting.signUp().id()).block().status()).isEqualTo("CONFIRMED");
		assertThat(this.store.byId(first.signUp().id()).block().unsettled()).isNull();
	}

	@Test
	@DisplayName("a waiting holder left by a promotion that died half way is confirmed; counts from before holders are rebuilt")
	void halfPromotionIsConfirmed() {
		String occurrence = occurrenceWithCapacity(1);
		SignUpReceipt first = signUp(occurrence, "e");
		SignUpReceipt waiting = signUp(occurrence, "f");
		OccurrenceDocument read = this.store.occurrence(occurrence).block();
		// The crash: the place was handed over, the sign-up never confirmed.
		this.store.cancel(Hashes.sha256Hex(first.token()), Instant.now()).block();
		assertThat(this.store.passPlace(read, first.signUp().id(), waiting.signUp().id()).block()).isTrue();

		this.recovery.recover(LATER).block();

		assertThat(this.store.byId(waiting.signUp().id()).block().status()).isEqualTo("CONFIRMED");
		assertThat(this.store.occurrence(occurrence).block().holders()).containsExactly(waiting.signUp().id());
	}

	private String occurrenceWithCapacity(int capacity) {
		String activity = SignUpActivities.oneOff(this.publishing, SignUpActivities.OSLO_ORG,
				SignUpActivities.NEXT_TUESDAY, capacity);
		return OccurrenceDocument.idFor(activity, SignUpActivities.NEXT_TUESDAY.toString());
	}

	private SignUpReceipt signUp(String occurrence, String who) {
		String activity = occurrence.substring(0, occurrence.indexOf('@'));
		return this.signUps
			.signUp(new NewSignUp(activity, SignUpActivities.NEXT_TUESDAY.toString(), "Gjenoppretting",
					who + "-" + occurrence.hashCode() + "@example.no", "nb", null))
			.block();
	}

	private static SignUpDocument pendingDocument(String occurrence, String who) {
		String id = java.util.UUID.randomUUID().toString();
		String contact = who + "-" + id + "@example.no";
		String activity = occurrence.substring(0, occurrence.indexOf('@'));
		return new SignUpDocument(id, occurrence, activity, SignUpActivities.OSLO_ORG,
				SignUpActivities.NEXT_TUESDAY.toString(), "18:00", "20:00", "Krasj", contact,
				occurrence + "|" + contact, "PENDING", null, "hash-" + id, "nb", null, null,
				Instant.parse("2026-11-26T08:00:00Z"), null, null, null, null, null);
	}

}
