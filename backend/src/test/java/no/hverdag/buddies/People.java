package no.hverdag.buddies;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/** Candidates for the matching tests, built plainly or at random from a seed. */
final class People {

	static final String SKIEN = "4003";

	static final ProgrammeRules RULES = new ProgrammeRules(SKIEN, null);

	static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");

	static final FreeSlot THURSDAY_EVENING = new FreeSlot(DayOfWeek.THURSDAY, DayPart.EVENING);

	private People() {
	}

	static Candidate newcomer(String id) {
		return new Candidate(id, Side.NEWCOMER, Set.of("ar", "en"), NorwegianLevel.BEGINNER,
				new Place(SKIEN, "Sentrum", 59.209, 9.609, 10.0), Set.of(Interest.FOOTBALL), null, AgeBand.AGE_26_35,
				null, new TreeSet<>(Set.of(THURSDAY_EVENING)), Wishes.NONE, null, 1, NOW.minusSeconds(86_400 * 40));
	}

	static Candidate local(String id, int capacity) {
		return new Candidate(id, Side.LOCAL, Set.of("en"), NorwegianLevel.FLUENT,
				new Place(SKIEN, "Sentrum", 59.21, 9.61, 10.0), Set.of(Interest.FOOTBALL, Interest.COOKING), null,
				AgeBand.AGE_26_35, null, new TreeSet<>(Set.of(THURSDAY_EVENING)), Wishes.NONE, null, capacity,
				NOW.minusSeconds(86_400 * 10));
	}

	/**
	 * A random person whose every attribute is drawn, so that many pairs are infeasible.
	 */
	static Candidate random(Random random, String id, Side side) {
		List<String> languages = List.of("ar", "en", "ti", "uk", "so");
		Set<String> spoken = new java.util.HashSet<>();
		spoken.add(languages.get(random.nextInt(languages.size())));
		if (random.nextBoolean()) {
			spoken.add(languages.get(random.nextInt(languages.size())));
		}
		NorwegianLevel level = side == Side.LOCAL && random.nextInt(4) > 0 ? NorwegianLevel.FLUENT
				: NorwegianLevel.values()[random.nextInt(NorwegianLevel.values().length)];
		Set<Interest> interests = EnumSet.noneOf(Interest.class);
		for (int k = 0; k < 3; k++) {
			interests.add(Interest.values()[random.nextInt(Interest.values().length)]);
		}
		TreeSet<FreeSlot> free = new TreeSet<>();
		for (int k = 0; k < 2; k++) {
			free.add(new FreeSlot(DayOfWeek.of(1 + random.nextInt(3)), DayPart.values()[random.nextInt(3)]));
		}
		Gender gender = random.nextInt(4) == 0 ? null : Gender.values()[random.nextInt(2)];
		Wishes wishes = new Wishes(random.nextInt(5) == 0, random.nextInt(6) == 0,
				random.nextInt(8) == 0 ? languages.get(random.nextInt(languages.size())) : null);
		String municipality = random.nextInt(15) == 0 ? "3905" : SKIEN;
		Place place = new Place(municipality, null, 59.15 + random.nextDouble() * 0.15,
				9.55 + random.nextDouble() * 0.15, 4.0 + random.nextInt(10));
		return new Candidate(id, side, spoken, level, place, interests,
				random.nextBoolean() ? null : LifeSituation.values()[random.nextInt(LifeSituation.values().length)],
				AgeBand.values()[random.nextInt(AgeBand.values().length)], gender, free, wishes,
				random.nextInt(3) == 0 ? "sykepleier" : null, side == Side.LOCAL ? 1 + random.nextInt(3) : 1,
				NOW.minusSeconds(86_400L * random.nextInt(400)));
	}

}
