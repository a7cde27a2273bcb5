package no.hverdag.buddies;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import no.hverdag.shared.ContactPoint;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.HverdagException.FieldProblem;

/**
 * An enrolment as typed on the form or sent to the API, all text. {@link #validate} turns
 * it into an {@link Enrolment} or refuses it with every field's problem at once. Nothing
 * about religion, health or residence status is asked; gender and life situation are
 * optional.
 */
public record EnrolmentRequest(String side, String firstName, String contact, List<String> languages, String norwegian,
		String district, Double latitude, Double longitude, Double maxKm, List<String> interests, String lifeSituation,
		String ageBand, String gender, List<String> free, Boolean wishSameGender, Boolean wishSimilarAge,
		String wishSpeaks, String profession, String hopes, Integer capacity, Boolean acceptTerms) {

	private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

	public Enrolment validate(String id, String programmeId, String municipality, int maxPerLocal, String ownerIssuer,
			String ownerSubject, String uiLanguage, Instant now) {
		List<FieldProblem> problems = new ArrayList<>();
		Side theSide = parse(Side.class, this.side, "side", true, problems);
		if (this.firstName == null || this.firstName.isBlank() || this.firstName.strip().length() > 60) {
			problems.add(new FieldProblem("firstName", "buddies.error.firstName"));
		}
		ContactPoint point = ContactPoint.parse(this.contact).orElse(null);
		if (point == null) {
			problems.add(new FieldProblem("contact", "buddies.error.contact"));
		}
		Set<String> spoken = new LinkedHashSet<>();
		for (String language : this.languages == null ? List.<String>of() : this.languages) {
			String code = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
			if (!LANGUAGES.contains(code)) {
				problems.add(new FieldProblem("languages", "buddies.error.language"));
				break;
			}
			spoken.add(code);
		}
		NorwegianLevel level = parse(NorwegianLevel.class, this.norwegian, "norwegian", true, problems);
		if (spoken.isEmpty() && (level == null || !level.enoughForConversation())) {
			problems.add(new FieldProblem("languages", "buddies.error.noLanguage"));
		}
		Set<Interest> liked = EnumSet.noneOf(Interest.class);
		for (String interest : this.interests == null ? List.<String>of() : this.interests) {
			Interest parsed = parse(Interest.class, interest, "interests", true, problems);
			if (parsed != null) {
				liked.add(parsed);
			}
		}
		LifeSituation situation = parse(LifeSituation.class, this.lifeSituation, "lifeSituation", false, problems);
		AgeBand band = parse(AgeBand.class, this.ageBand, "ageBand", true, problems);
		Gender theGender = parse(Gender.class, this.gender, "gender", false, problems);
		TreeSet<FreeSlot> slots = new TreeSet<>();
		for (String code : this.free == null ? List.<String>of() : this.free) {
			FreeSlot.parse(code)
				.ifPresentOrElse(slots::add, () -> problems.add(new FieldProblem("free", "buddies.error.free")));
		}
		if (slots.isEmpty()) {
			problems.add(new FieldProblem("free", "buddies.error.free"));
		}
		checkWishes(theGender, problems);
		checkPlace(problems);
		int room = 1;
		if (theSide == Side.LOCAL) {
			room = this.capacity == null ? 1 : this.capacity;
			if (room < 1 || room > maxPerLocal) {
				problems.add(new FieldProblem("capacity", "buddies.error.capacity"));
			}
			if (!Boolean.TRUE.equals(this.acceptTerms)) {
				problems.add(new FieldProblem("acceptTerms", "buddies.error.terms"));
			}
		}
		if (this.hopes != null && this.hopes.length() > 500) {
			problems.add(new FieldProblem("hopes", "buddies.error.hopes"));
		}
		if (this.profession != null && this.profession.length() > 60) {
			problems.add(new FieldProblem("profession", "buddies.error.profession"));
		}
		if (!problems.isEmpty()) {
			throw new HverdagException.InvalidInput(problems.stream().distinct().toList());
		}
		Place place = new Place(municipality, this.district, this.latitude, this.longitude, this.maxKm);
		return new Enrolment(id, programmeId, theSide, ownerIssuer, ownerSubject, this.firstName.strip(), point.value(),
				uiLanguage, spoken, level, place, liked, situation, band, theGender, slots,
				new Wishes(Boolean.TRUE.equals(this.wishSameGender), Boolean.TRUE.equals(this.wishSimilarAge),
						this.wishSpeaks),
				this.profession, this.hopes == null || this.hopes.isBlank() ? null : this.hopes.strip(), room,
				theSide == Side.LOCAL ? now : null, null, theSide == Side.LOCAL
						? Enrolment.EnrolmentStatus.AWAITING_APPROVAL : Enrolment.EnrolmentStatus.APPROVED,
				now);
	}

	private void checkWishes(Gender theGender, List<FieldProblem> problems) {
		if (Boolean.TRUE.equals(this.wishSameGender) && theGender == null) {
			// Nobody can be found for this wish without one's own gender.
			problems.add(new FieldProblem("wishSameGender", "buddies.error.wishGender"));
		}
		if (this.wishSpeaks != null && !this.wishSpeaks.isBlank()
				&& !LANGUAGES.contains(this.wishSpeaks.strip().toLowerCase(Locale.ROOT))) {
			problems.add(new FieldProblem("wishSpeaks", "buddies.error.language"));
		}
	}

	private void checkPlace(List<FieldProblem> problems) {
		if ((this.latitude == null) != (this.longitude == null)) {
			problems.add(new FieldProblem("latitude", "buddies.error.point"));
			return;
		}
		if (this.latitude != null
				&& !(this.latitude >= 57 && this.latitude <= 72 && this.longitude >= 4 && this.longitude <= 32)) {
			problems.add(new FieldProblem("latitude", "buddies.error.point"));
		}
		if (this.maxKm != null && !(this.maxKm >= 1 && this.maxKm <= 100)) {
			problems.add(new FieldProblem("maxKm", "buddies.error.maxKm"));
		}
		if (this.district != null && this.district.length() > 60) {
			problems.add(new FieldProblem("district", "buddies.error.district"));
		}
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, boolean required,
			List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.add(new FieldProblem(field, "buddies.error." + field));
			}
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add(new FieldProblem(field, "buddies.error." + field));
			return null;
		}
	}

}
