package no.hverdag.buddies;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import no.hverdag.buddies.internal.OrToolsAssignment;
import no.hverdag.shared.HverdagException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A round's assignment is the exact optimum (checked against exhaustive search on small
 * random instances), never breaks a hard constraint or a capacity, honours locks and
 * forbids, and leaves people unmatched rather than in a bad pair.
 */
class MatchmakerTest {

	final Matchmaker matchmaker = new Matchmaker(new OrToolsAssignment());

	static final Matchmaker.Plan DEFAULT = new Matchmaker.Plan(Weights.DEFAULT, Set.of(), Set.of());

	@Test
	@DisplayName("on 300 small random instances the solver's total equals exhaustive search's best, and no pair breaks a rule")
	void optimumMatchesBruteForce() {
		Random random = new Random(15);
		int pairsSeen = 0;
		for (int round = 0; round < 300; round++) {
			List<Candidate> newcomers = new ArrayList<>();
			List<Candidate> locals = new ArrayList<>();
			int n = 1 + random.nextInt(6);
			int m = 1 + random.nextInt(4);
			for (int i = 0; i < n; i++) {
				newcomers.add(People.random(random, "n" + i, Side.NEWCOMER));
			}
			for (int j = 0; j < m; j++) {
				locals.add(People.random(random, "l" + j, Side.LOCAL));
			}
			Weights weights = new Weights(random.nextInt(11), random.nextInt(11), random.nextInt(11),
					random.nextInt(11), random.nextInt(11), random.nextInt(11));
			Matchmaker.Outcome outcome = this.matchmaker.run(People.RULES, newcomers, locals,
					new Matchmaker.Plan(weights, Set.of(), Set.of()), People.NOW);

			assertThat(outcome.total()).as("instance %d", round).isEqualTo(BruteForce.best(newcomers, locals, weights));
			assertKeepsEveryRule(outcome, newcomers, locals);
			pairsSeen += outcome.proposals().size();
		}
		assertThat(pairsSeen).as("the instances are not all empty").isGreaterThan(100);
	}

	@Test
	@DisplayName("at a realistic size (80 × 60) no proposal breaks a hard constraint or a local's capacity")
	void hardConstraintsNeverBroken() {
		Random random = new Random(7);
		List<Candidate> newcomers = new ArrayList<>();
		List<Candidate> locals = new ArrayList<>();
		for (int i = 0; i < 80; i++) {
			newcomers.add(People.random(random, "n" + i, Side.NEWCOMER));
		}
		for (int j = 0; j < 60; j++) {
			locals.add(People.random(random, "l" + j, Side.LOCAL));
		}
		Matchmaker.Outcome outcome = this.matchmaker.run(People.RULES, newcomers, locals, DEFAULT, People.NOW);
		assertThat(outcome.proposals()).hasSizeGreaterThan(20);
		assertKeepsEveryRule(outcome, newcomers, locals);
		assertThat(outcome.unmatchedNewcomers().size() + outcome.proposals().size()).isEqualTo(80);
	}

	@Test
	@DisplayName("a local with room for two takes two newcomers; nobody shares a newcomer")
	void capacities() {
		Matchmaker.Outcome outcome = this.matchmaker.run(People.RULES,
				List.of(People.newcomer("a"), People.newcomer("b"), People.newcomer("c")),
				List.of(People.local("family-host", 2)), DEFAULT, People.NOW);
		assertThat(outcome.proposals()).hasSize(2).allMatch(p -> p.localId().equals("family-host"));
		assertThat(outcome.unmatchedNewcomers()).hasSize(1);
	}

	@Test
	@DisplayName("a locked pair stays, a forbidden pair never comes back, and the rest is re-optimised")
	void locksAndForbids() {
		List<Candidate> newcomers = List.of(People.newcomer("a"), People.newcomer("b"));
		List<Candidate> locals = List.of(People.local("x", 1), People.local("y", 1));
		Matchmaker.Outcome outcome = this.matchmaker.run(People.RULES, newcomers, locals,
				new Matchmaker.Plan(Weights.DEFAULT, Set.of(new PairKey("a", "y")), Set.of(new PairKey("b", "x"))),
				People.NOW);
		assertThat(outcome.proposals()).extracting(Proposal::key).containsExactly(new PairKey("a", "y"));
		assertThat(outcome.proposals().get(0).locked()).isTrue();
		assertThat(outcome.unmatchedNewcomers()).containsExactly("b");
	}

	@Test
	@DisplayName("locking a pair that breaks a hard constraint is refused with the field named")
	void infeasibleLock() {
		Candidate faraway = new Candidate("far", Side.LOCAL, Set.of("en"), NorwegianLevel.FLUENT,
				new Place("4003", null, 59.5, 9.9, 5.0), Set.of(), null, AgeBand.AGE_26_35, null,
				new java.util.TreeSet<>(Set.of(People.THURSDAY_EVENING)), Wishes.NONE, null, 1, People.NOW);
		assertThatThrownBy(() -> this.matchmaker.run(People.RULES, List.of(People.newcomer("a")), List.of(faraway),
				new Matchmaker.Plan(Weights.DEFAULT, Set.of(new PairKey("a", "far")), Set.of()), People.NOW))
			.isInstanceOfSatisfying(HverdagException.InvalidInput.class,
					e -> assertThat(e.fieldProblems().get(0).field()).isEqualTo("locks"));
	}

	private static void assertKeepsEveryRule(Matchmaker.Outcome outcome, List<Candidate> newcomers,
			List<Candidate> locals) {
		Map<String, Candidate> byId = new HashMap<>();
		newcomers.forEach(c -> byId.put(c.id(), c));
		locals.forEach(c -> byId.put(c.id(), c));
		Map<String, Integer> load = new HashMap<>();
		Set<String> seen = new java.util.HashSet<>();
		for (Proposal p : outcome.proposals()) {
			assertThat(Compatibility.refusals(byId.get(p.newcomerId()), byId.get(p.localId()), People.RULES))
				.as("rules broken by %s", p.key())
				.isEmpty();
			assertThat(seen.add(p.newcomerId())).as("newcomer %s twice", p.newcomerId()).isTrue();
			load.merge(p.localId(), 1, Integer::sum);
		}
		load.forEach((local, count) -> assertThat(count).as("load of %s", local)
			.isLessThanOrEqualTo(byId.get(local).capacity()));
	}

	/**
	 * The oracle: every way to give each newcomer a local or nobody, within capacities.
	 */
	static final class BruteForce {

		static long best(List<Candidate> newcomers, List<Candidate> locals, Weights weights) {
			long[][] score = new long[newcomers.size()][locals.size()];
			for (int i = 0; i < newcomers.size(); i++) {
				for (int j = 0; j < locals.size(); j++) {
					score[i][j] = Compatibility.feasible(newcomers.get(i), locals.get(j), People.RULES)
							? Compatibility.score(newcomers.get(i), locals.get(j), weights, People.NOW).points() : -1;
				}
			}
			int[] room = locals.stream().mapToInt(Candidate::capacity).toArray();
			return search(0, score, room);
		}

		private static long search(int i, long[][] score, int[] room) {
			if (i == score.length) {
				return 0;
			}
			long best = search(i + 1, score, room);
			for (int j = 0; j < room.length; j++) {
				if (score[i][j] >= 0 && room[j] > 0) {
					room[j]--;
					best = Math.max(best, score[i][j] + search(i + 1, score, room));
					room[j]++;
				}
			}
			return best;
		}

	}

}
