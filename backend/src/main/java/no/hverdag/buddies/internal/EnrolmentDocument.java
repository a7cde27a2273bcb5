package no.hverdag.buddies.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import no.hverdag.buddies.AgeBand;
import no.hverdag.buddies.Enrolment;
import no.hverdag.buddies.FreeSlot;
import no.hverdag.buddies.Gender;
import no.hverdag.buddies.Interest;
import no.hverdag.buddies.LifeSituation;
import no.hverdag.buddies.NorwegianLevel;
import no.hverdag.buddies.Place;
import no.hverdag.buddies.Side;
import no.hverdag.buddies.Wishes;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One enrolment. {@code ownerKey} ({@code programmeId|issuer|subject}) is unique: one
 * enrolment per person and programme, whatever the timing of two submits.
 */
@Document("buddy_enrolments")
record EnrolmentDocument(@Id String id, String programmeId, String side, String ownerIssuer, String ownerSubject,
		String ownerKey, String firstName, String contact, String language, List<String> languages, String norwegian,
		String municipality, String district, Double latitude, Double longitude, Double maxKm, List<String> interests,
		String lifeSituation, String ageBand, String gender, List<String> free, boolean wishSameGender,
		boolean wishSimilarAge, String wishSpeaks, String profession, String hopes, int capacity,
		Instant termsAcceptedAt, Instant conversationRecordedAt, String status, Instant enrolledAt) {

	static String ownerKey(String programmeId, String issuer, String subject) {
		return programmeId + "|" + issuer + "|" + subject;
	}

	static EnrolmentDocument of(Enrolment e) {
		return new EnrolmentDocument(e.id(), e.programmeId(), e.side().name(), e.ownerIssuer(), e.ownerSubject(),
				ownerKey(e.programmeId(), e.ownerIssuer(), e.ownerSubject()), e.firstName(), e.contact(), e.language(),
				List.copyOf(new TreeSet<>(e.languages())), e.norwegian().name(), e.place().municipality(),
				e.place().district(), e.place().latitude(), e.place().longitude(), e.place().maxKm(),
				e.interests().stream().map(Enum::name).sorted().toList(),
				e.lifeSituation() == null ? null : e.lifeSituation().name(), e.ageBand().name(),
				e.gender() == null ? null : e.gender().name(), e.freeCodes(), e.wishes().sameGender(),
				e.wishes().similarAge(), e.wishes().speaks(), e.profession(), e.hopes(), e.capacity(),
				e.termsAcceptedAt(), e.conversationRecordedAt(), e.status().name(), e.enrolledAt());
	}

	Enrolment toDomain() {
		TreeSet<FreeSlot> slots = new TreeSet<>();
		this.free.forEach(code -> FreeSlot.parse(code).ifPresent(slots::add));
		Set<Interest> liked = new java.util.HashSet<>();
		this.interests.forEach(i -> liked.add(Interest.valueOf(i)));
		return new Enrolment(this.id, this.programmeId, Side.valueOf(this.side), this.ownerIssuer, this.ownerSubject,
				this.firstName, this.contact, this.language, Set.copyOf(this.languages),
				NorwegianLevel.valueOf(this.norwegian),
				new Place(this.municipality, this.district, this.latitude, this.longitude, this.maxKm), liked,
				this.lifeSituation == null ? null : LifeSituation.valueOf(this.lifeSituation),
				AgeBand.valueOf(this.ageBand), this.gender == null ? null : Gender.valueOf(this.gender), slots,
				new Wishes(this.wishSameGender, this.wishSimilarAge, this.wishSpeaks), this.profession, this.hopes,
				this.capacity, this.termsAcceptedAt, this.conversationRecordedAt,
				Enrolment.EnrolmentStatus.valueOf(this.status), this.enrolledAt);
	}

}
