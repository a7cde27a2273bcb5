package no.hverdag.buddies;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;

/**
 * A person's enrolment in a programme: what matching needs, the first name and contact
 * point shown to their buddy only after both said yes, and where they stand. Locals are
 * approved by the coordinator after a conversation; newcomers wait in the pool at once.
 */
public record Enrolment(String id, String programmeId, Side side, String ownerIssuer, String ownerSubject,
		String firstName, String contact, String language, Set<String> languages, NorwegianLevel norwegian, Place place,
		Set<Interest> interests, LifeSituation lifeSituation, AgeBand ageBand, Gender gender, SortedSet<FreeSlot> free,
		Wishes wishes, String profession, String hopes, int capacity, Instant termsAcceptedAt,
		Instant conversationRecordedAt, EnrolmentStatus status, Instant enrolledAt) {

	public Enrolment {
		languages = Set.copyOf(languages);
		interests = Set.copyOf(interests);
		free = new java.util.TreeSet<>(free);
	}

	/** Where an enrolment stands on its own (pairings add to this). */
	public enum EnrolmentStatus {

		/** A local waiting for the coordinator's conversation. */
		AWAITING_APPROVAL,
		/** In the pool. */
		APPROVED,
		/** Left the programme. */
		WITHDRAWN

	}

	public Candidate candidate() {
		return new Candidate(this.id, this.side, this.languages, this.norwegian, this.place, this.interests,
				this.lifeSituation, this.ageBand, this.gender, this.free, this.wishes, this.profession, this.capacity,
				this.enrolledAt);
	}

	public boolean ownedBy(String issuer, String subject) {
		return this.ownerIssuer.equals(issuer) && this.ownerSubject.equals(subject);
	}

	public List<String> freeCodes() {
		return this.free.stream().map(FreeSlot::code).toList();
	}

}
