package no.hverdag.buddies;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.hverdag.shared.HverdagException;
import no.hverdag.shared.HverdagException.FieldProblem;
import no.hverdag.shared.i18n.SupportedLanguage;

/**
 * A programme as its organiser types it, with a description in any of the nine languages
 * of the site (at least one).
 */
public record NewProgramme(String name, String municipality, String organisationId, Map<String, String> descriptions,
		Integer pairingMonths, Integer maxPerLocal, Integer answerDays, Integer maxAgeBandGap) {

	public Programme validate(String id, String issuer, String subject, Instant now) {
		List<FieldProblem> problems = new ArrayList<>();
		if (this.name == null || this.name.isBlank() || this.name.length() > 120) {
			problems.add(new FieldProblem("name", "buddies.error.programmeName"));
		}
		if (this.municipality == null || this.municipality.isBlank()) {
			problems.add(new FieldProblem("municipality", "error.municipality.unknown"));
		}
		Map<String, String> texts = new LinkedHashMap<>();
		if (this.descriptions != null) {
			this.descriptions.forEach((language, text) -> {
				if (SupportedLanguage.fromCode(language).filter(l -> l.code().equals(language)).isEmpty()
						|| text == null || text.length() > 4000) {
					problems.add(new FieldProblem("descriptions", "buddies.error.descriptions"));
				}
				else if (!text.isBlank()) {
					texts.put(language, text.strip());
				}
			});
		}
		if (texts.isEmpty()) {
			problems.add(new FieldProblem("descriptions", "buddies.error.descriptions"));
		}
		int months = between(this.pairingMonths, 12, 1, 24, "pairingMonths", problems);
		int perLocal = between(this.maxPerLocal, 3, 1, 6, "maxPerLocal", problems);
		int days = between(this.answerDays, 7, 1, 30, "answerDays", problems);
		if (this.maxAgeBandGap != null && (this.maxAgeBandGap < 0 || this.maxAgeBandGap > 4)) {
			problems.add(new FieldProblem("maxAgeBandGap", "buddies.error.range"));
		}
		if (!problems.isEmpty()) {
			throw new HverdagException.InvalidInput(problems.stream().distinct().toList());
		}
		return new Programme(id, this.name.strip(), this.municipality, this.organisationId, texts, months, perLocal,
				days, this.maxAgeBandGap, issuer, subject, now);
	}

	private static int between(Integer value, int fallback, int min, int max, String field,
			List<FieldProblem> problems) {
		if (value == null) {
			return fallback;
		}
		if (value < min || value > max) {
			problems.add(new FieldProblem(field, "buddies.error.range"));
		}
		return value;
	}

}
