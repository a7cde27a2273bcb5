package no.hverdag.buddies.internal;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import no.hverdag.buddies.AgeBand;
import no.hverdag.buddies.DayPart;
import no.hverdag.buddies.EnrolmentRequest;
import no.hverdag.buddies.Gender;
import no.hverdag.buddies.Interest;
import no.hverdag.buddies.LifeSituation;
import no.hverdag.buddies.NorwegianLevel;
import no.hverdag.buddies.Programme;
import no.hverdag.municipalities.MunicipalityDirectory;

/**
 * The enrolment form as the page sends it: all text, so that anything typed can be shown
 * again with its message. Checkboxes send "true" when ticked.
 */
record EnrolmentForm(String side, String firstName, String contact, List<String> languages, String norwegian,
		String district, String latitude, String longitude, String maxKm, List<String> interests, String lifeSituation,
		String ageBand, String gender, List<String> free, String wishSameGender, String wishSimilarAge,
		String wishSpeaks, String profession, String hopes, String capacity, String acceptTerms) {

	EnrolmentForm {
		languages = languages == null ? List.of() : languages;
		interests = interests == null ? List.of() : interests;
		free = free == null ? List.of() : free;
	}

	static EnrolmentForm empty() {
		return new EnrolmentForm("NEWCOMER", "", "", List.of(), "", "", "", "", "", List.of(), "", "", "", List.of(),
				null, null, "", "", "", "1", null);
	}

	/** The choices the form offers, each a message key suffix. */
	record Choices(List<String> languages, List<String> levels, List<String> interests, List<String> lifeSituations,
			List<String> ageBands, List<String> genders, List<String> days, List<String> parts) {
	}

	static final Choices CHOICES = new Choices(List.of("ar", "en", "uk", "so", "ti", "fa", "pl", "ku", "ru"),
			names(NorwegianLevel.values()), names(Interest.values()), names(LifeSituation.values()),
			names(AgeBand.values()), names(Gender.values()), names(DayOfWeek.values()), names(DayPart.values()));

	EnrolmentRequest request() {
		return new EnrolmentRequest(this.side, this.firstName, this.contact, this.languages, this.norwegian,
				this.district, number(this.latitude), number(this.longitude), number(this.maxKm), this.interests,
				this.lifeSituation, this.ageBand, this.gender, this.free, ticked(this.wishSameGender),
				ticked(this.wishSimilarAge), this.wishSpeaks, this.profession, this.hopes,
				number(this.capacity) == null ? null : number(this.capacity).intValue(), ticked(this.acceptTerms));
	}

	boolean has(List<String> values, String value) {
		return values.contains(value);
	}

	private static boolean ticked(String value) {
		return "true".equals(value) || "on".equals(value);
	}

	/** A number as typed; something that is not one counts as absent only if blank. */
	private static Double number(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Double.valueOf(value.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			return Double.NaN;
		}
	}

	static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static Map<String, String> municipalityNames(MunicipalityDirectory municipalities, List<Programme> programmes) {
		Map<String, String> names = new HashMap<>();
		programmes.forEach(p -> municipalities.find(p.municipality()).ifPresent(m -> names.put(p.id(), m.name())));
		return names;
	}

	private static List<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}

}
