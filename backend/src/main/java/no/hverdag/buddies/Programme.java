package no.hverdag.buddies;

import java.time.Instant;
import java.util.Map;

/**
 * A buddy programme: run by a municipality's coordinator (no organisation) or by an
 * approved organisation, in one municipality. Its description is kept in several
 * languages; a pairing lasts {@code pairingMonths}; a local may take up to
 * {@code maxPerLocal} newcomers (a family counts as one); both sides have
 * {@code answerDays} to say yes to a proposal.
 */
public record Programme(String id, String name, String municipality, String organisationId,
		Map<String, String> descriptions, int pairingMonths, int maxPerLocal, int answerDays, Integer maxAgeBandGap,
		String createdByIssuer, String createdBySubject, Instant createdAt) {

	public Programme {
		descriptions = Map.copyOf(descriptions);
	}

	public ProgrammeRules rules() {
		return new ProgrammeRules(this.municipality, this.maxAgeBandGap);
	}

	/** The description in the reader's language, else bokmål, else any. */
	public String description(String language) {
		String text = this.descriptions.get(language);
		if (text == null) {
			text = this.descriptions.get("nb");
		}
		return text != null ? text : this.descriptions.values().stream().findFirst().orElse("");
	}

}
