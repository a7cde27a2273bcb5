package no.hverdag.buddies;

import java.util.ArrayList;
import java.util.List;

import no.hverdag.shared.HverdagException;

/**
 * How much each soft reason counts in a round, 0 (not at all) to 10; shown to and set by
 * the coordinator. Waiting time counts so that nobody waits forever.
 */
public record Weights(int interests, int lifeSituation, int distance, int profession, int ageCloseness, int waiting) {

	public static final int MAX = 10;

	public static final Weights DEFAULT = new Weights(5, 2, 4, 2, 2, 3);

	/** The weights as typed, or field problems naming each one outside 0–10. */
	public static Weights of(Integer interests, Integer lifeSituation, Integer distance, Integer profession,
			Integer ageCloseness, Integer waiting) {
		List<HverdagException.FieldProblem> problems = new ArrayList<>();
		int[] values = { check("interests", interests, DEFAULT.interests, problems),
				check("lifeSituation", lifeSituation, DEFAULT.lifeSituation, problems),
				check("distance", distance, DEFAULT.distance, problems),
				check("profession", profession, DEFAULT.profession, problems),
				check("ageCloseness", ageCloseness, DEFAULT.ageCloseness, problems),
				check("waiting", waiting, DEFAULT.waiting, problems) };
		if (!problems.isEmpty()) {
			throw new HverdagException.InvalidInput(problems);
		}
		return new Weights(values[0], values[1], values[2], values[3], values[4], values[5]);
	}

	private static int check(String field, Integer value, int fallback, List<HverdagException.FieldProblem> problems) {
		if (value == null) {
			return fallback;
		}
		if (value < 0 || value > MAX) {
			problems.add(new HverdagException.FieldProblem("weights." + field, "buddies.error.weight"));
		}
		return value;
	}

}
