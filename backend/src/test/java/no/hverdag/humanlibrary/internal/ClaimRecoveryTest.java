package no.hverdag.humanlibrary.internal;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import no.hverdag.booking.Period;
import no.hverdag.booking.PersonalTime;
import no.hverdag.humanlibrary.Booking;
import no.hverdag.humanlibrary.Libraries;
import no.hverdag.humanlibrary.Slot;
import no.hverdag.humanlibrary.SlotBooking;
import no.hverdag.support.HverdagIntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Claims left by a booking that died between claiming and taking its place (ADR 0006,
 * 0007) are released by the recovery; the claims of real bookings stay.
 */
@HverdagIntegrationTest
class ClaimRecoveryTest {

	@Autowired
	PersonalTime claims;

	@Autowired
	ClaimRecovery recovery;

	@Autowired
	SlotBooking booking;

	@Autowired
	Libraries libraries;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Test
	@DisplayName("claims without a booking go, claims of a booking stay")
	void orphanClaimsGo() {
		Slot slot = this.libraries.nextFreeSlots("seed-library-oslo", 1).blockFirst();
		Booking booked = this.booking.book(slot.id(), "Ekte", "+47 41234599", "nb").block();
		// The crash: claims for a booking that never took its place.
		assertThat(this.claims
			.claim("+4741234598", "ORPHAN1", List.of(Period.of(slot.day(), LocalTime.of(23, 0), LocalTime.of(23, 15))))
			.block()).isTrue();

		assertThat(this.recovery.recover(Instant.parse("2100-01-01T00:00:00Z")).block()).isPositive();

		assertThat(heldBy("ORPHAN1")).isZero();
		assertThat(heldBy(booked.reference())).isPositive();
	}

	private long heldBy(String holder) {
		return this.mongo.count(Query.query(Criteria.where("holder").is(holder)), "contact_claims").block();
	}

}
