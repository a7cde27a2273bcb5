package no.hverdag.buddies.internal;

import java.time.Instant;
import java.util.Map;

import no.hverdag.buddies.Programme;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A buddy programme as stored. */
@Document("buddy_programmes")
record ProgrammeDocument(@Id String id, String name, String municipality, String organisationId,
		Map<String, String> descriptions, int pairingMonths, int maxPerLocal, int answerDays, Integer maxAgeBandGap,
		String createdByIssuer, String createdBySubject, Instant createdAt) {

	static ProgrammeDocument of(Programme p) {
		return new ProgrammeDocument(p.id(), p.name(), p.municipality(), p.organisationId(), p.descriptions(),
				p.pairingMonths(), p.maxPerLocal(), p.answerDays(), p.maxAgeBandGap(), p.createdByIssuer(),
				p.createdBySubject(), p.createdAt());
	}

	Programme toDomain() {
		return new Programme(this.id, this.name, this.municipality, this.organisationId, this.descriptions,
				this.pairingMonths, this.maxPerLocal, this.answerDays, this.maxAgeBandGap, this.createdByIssuer,
				this.createdBySubject, this.createdAt);
	}

}
