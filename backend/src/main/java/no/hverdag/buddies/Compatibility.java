package no.hverdag.buddies;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The rules of a pair. Hard constraints decide whether a newcomer and a local may be
 * proposed at all; the soft score, with the round's weights, decides how good a pair is
 * and lists why.
 */
public final class Compatibility {

	/** Every feasible pair earns this, so a pair is always worth more than no pair. */
	public static final int BASE = 100;

	/** The largest score a pair can reach (with all weights at their maximum). */
	public static final int MAX_SCORE = BASE + Weights.MAX * (30 + 10 + 10 + 10 + 10 + 40);

	private Compatibility() {
	}

	/** The hard constraints a pair breaks; empty when the pair may be proposed. */
	public static List<String> refusals(Candidate newcomer, Candidate local, ProgrammeRules rules) {
		List<String> broken = new ArrayList<>();
		if (!rules.municipality().equals(newcomer.place().municipality())
				|| !rules.municipality().equals(local.place().municipality())) {
			broken.add("AREA");
		}
		Double km = newcomer.place().kilometresTo(local.place());
		if (km != null && km > Math.min(newcomer.place().maxKm(), local.place().maxKm())) {
			broken.add("DISTANCE");
		}
		if (newcomer.wishes().sameGender() || local.wishes().sameGender()) {
			if (newcomer.gender() == null || newcomer.gender() != local.gender()) {
				broken.add("WISH_GENDER");
			}
		}
		if ((newcomer.wishes().similarAge() || local.wishes().similarAge())
				&& newcomer.ageBand().distance(local.ageBand()) > 1) {
			broken.add("WISH_AGE");
		}
		if ((newcomer.wishes().speaks() != null && !local.speaks(newcomer.wishes().speaks()))
				|| (local.wishes().speaks() != null && !newcomer.speaks(local.wishes().speaks()))) {
			broken.add("WISH_LANGUAGE");
		}
		if (rules.maxAgeBandGap() != null && newcomer.ageBand().distance(local.ageBand()) > rules.maxAgeBandGap()) {
			broken.add("AGE_RULE");
		}
		if (sharedLanguage(newcomer, local).isEmpty()) {
			broken.add("LANGUAGE");
		}
		if (commonTimes(newcomer, local).isEmpty()) {
			broken.add("TIME");
		}
		return broken;
	}

	public static boolean feasible(Candidate newcomer, Candidate local, ProgrammeRules rules) {
		return refusals(newcomer, local, rules).isEmpty();
	}

	/** A language both speak, Norwegian first when both have enough of it. */
	public static Optional<String> sharedLanguage(Candidate a, Candidate b) {
		if (a.norwegian().enoughForConversation() && b.norwegian().enoughForConversation()) {
			return Optional.of("no");
		}
		return a.languages().stream().filter(b.languages()::contains).sorted().findFirst();
	}

	public static List<FreeSlot> commonTimes(Candidate a, Candidate b) {
		TreeSet<FreeSlot> common = new TreeSet<>(a.free());
		common.retainAll(b.free());
		return List.copyOf(common);
	}

	/** How good a feasible pair is under the weights, and why. */
	public static Scored score(Candidate newcomer, Candidate local, Weights weights, Instant now) {
		List<Reason> reasons = new ArrayList<>();
		int points = BASE;
		List<Interest> shared = newcomer.interests().stream().filter(local.interests()::contains).sorted().toList();
		points += weights.interests() * 10 * Math.min(shared.size(), 3);
		shared.forEach(i -> reasons.add(Reason.of(Reason.SHARED_INTEREST, i.name())));
		Double km = newcomer.place().kilometresTo(local.place());
		if (km != null) {
			double reach = Math.min(newcomer.place().maxKm(), local.place().maxKm());
			points += (int) Math.round(weights.distance() * 10 * Math.max(0, 1 - km / reach));
			reasons.add(Reason.of(Reason.DISTANCE_KM, String.format(Locale.ROOT, "%.1f", km)));
		}
		else if (newcomer.place().sameDistrict(local.place())) {
			points += weights.distance() * 7;
			reasons.add(Reason.of(Reason.SAME_DISTRICT, local.place().district()));
		}
		commonTimes(newcomer, local).stream()
			.limit(2)
			.forEach(t -> reasons.add(Reason.of(Reason.COMMON_TIME, t.code())));
		sharedLanguage(newcomer, local).ifPresent(language -> reasons
			.add("no".equals(language) ? Reason.of(Reason.NORWEGIAN) : Reason.of(Reason.SHARED_LANGUAGE, language)));
		if (newcomer.lifeSituation() != null && newcomer.lifeSituation() == local.lifeSituation()) {
			points += weights.lifeSituation() * 10;
			reasons.add(Reason.of(Reason.SAME_LIFE_SITUATION, newcomer.lifeSituation().name()));
		}
		if (newcomer.profession() != null && newcomer.profession().equals(local.profession())) {
			points += weights.profession() * 10;
			reasons.add(Reason.of(Reason.SAME_PROFESSION, newcomer.profession()));
		}
		int bands = newcomer.ageBand().distance(local.ageBand());
		points += weights.ageCloseness() * Math.max(0, 10 - 3 * bands);
		if (bands == 0) {
			reasons.add(Reason.of(Reason.CLOSE_IN_AGE));
		}
		long waited = Duration.between(newcomer.waitingSince(), now).toDays();
		long localWaited = Duration.between(local.waitingSince(), now).toDays();
		points += (int) (weights.waiting()
				* (30 * Math.min(Math.max(waited, 0), 365) / 365 + 10 * Math.min(Math.max(localWaited, 0), 365) / 365));
		if (waited >= 30) {
			reasons.add(Reason.of(Reason.WAITED_DAYS, Long.toString(waited)));
		}
		return new Scored(points, reasons);
	}

	/** A pair's score and its reasons. */
	public record Scored(int points, List<Reason> reasons) {

		public Scored {
			reasons = List.copyOf(reasons);
		}

	}

}
