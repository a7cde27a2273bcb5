package no.hverdag.buddies;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.hverdag.shared.HverdagException;

/**
 * Runs a round: every pair that keeps the hard constraints and is not forbidden becomes
 * an edge scored under the weights; locked pairs are fixed first (each must be feasible);
 * the solver then finds the exact optimum for the rest. Nobody is forced into a pair.
 */
public final class Matchmaker {

	private final AssignmentProblem.Solver solver;

	public Matchmaker(AssignmentProblem.Solver solver) {
		this.solver = solver;
	}

	/** What a round asks for: the weights and the coordinator's locks and forbids. */
	public record Plan(Weights weights, Set<PairKey> locks, Set<PairKey> forbids) {

		public Plan {
			locks = Set.copyOf(locks);
			forbids = Set.copyOf(forbids);
		}

	}

	/** The proposals, and who stays in the pool this time. */
	public record Outcome(List<Proposal> proposals, List<String> unmatchedNewcomers, List<String> unmatchedLocals) {

		public long total() {
			return this.proposals.stream().mapToLong(Proposal::points).sum();
		}

	}

	public Outcome run(ProgrammeRules rules, List<Candidate> newcomers, List<Candidate> locals, Plan plan,
			Instant now) {
		Map<String, Candidate> newcomerById = index(newcomers);
		Map<String, Candidate> localById = index(locals);
		Map<String, Integer> room = new HashMap<>();
		locals.forEach(l -> room.put(l.id(), l.capacity()));
		List<Proposal> proposals = new ArrayList<>();
		Set<String> lockedNewcomers = new HashSet<>();
		for (PairKey lock : plan.locks()
			.stream()
			.sorted(java.util.Comparator.comparing(PairKey::newcomerId))
			.toList()) {
			Candidate n = newcomerById.get(lock.newcomerId());
			Candidate l = localById.get(lock.localId());
			if (n == null || l == null || !Compatibility.feasible(n, l, rules) || plan.forbids().contains(lock)
					|| !lockedNewcomers.add(n.id()) || room.get(l.id()) == 0) {
				throw new HverdagException.InvalidInput("locks", "buddies.error.lock");
			}
			room.merge(l.id(), -1, Integer::sum);
			Compatibility.Scored scored = Compatibility.score(n, l, plan.weights(), now);
			proposals.add(new Proposal(n.id(), l.id(), scored.points(), withLocked(scored.reasons()), true));
		}
		List<Candidate> openNewcomers = newcomers.stream().filter(n -> !lockedNewcomers.contains(n.id())).toList();
		List<Candidate> openLocals = locals.stream().filter(l -> room.get(l.id()) > 0).toList();
		proposals.addAll(solve(rules, openNewcomers, openLocals, room, plan, now));
		Set<String> matchedNewcomers = new HashSet<>();
		Map<String, Integer> used = new HashMap<>();
		proposals.forEach(p -> {
			matchedNewcomers.add(p.newcomerId());
			used.merge(p.localId(), 1, Integer::sum);
		});
		return new Outcome(proposals,
				newcomers.stream().map(Candidate::id).filter(id -> !matchedNewcomers.contains(id)).toList(),
				locals.stream().map(Candidate::id).filter(id -> !used.containsKey(id)).toList());
	}

	private List<Proposal> solve(ProgrammeRules rules, List<Candidate> newcomers, List<Candidate> locals,
			Map<String, Integer> room, Plan plan, Instant now) {
		List<int[]> pairs = new ArrayList<>();
		List<Compatibility.Scored> scores = new ArrayList<>();
		for (int i = 0; i < newcomers.size(); i++) {
			for (int j = 0; j < locals.size(); j++) {
				Candidate n = newcomers.get(i);
				Candidate l = locals.get(j);
				if (!plan.forbids().contains(new PairKey(n.id(), l.id())) && Compatibility.feasible(n, l, rules)) {
					pairs.add(new int[] { i, j });
					scores.add(Compatibility.score(n, l, plan.weights(), now));
				}
			}
		}
		int[] edgeLeft = new int[pairs.size()];
		int[] edgeRight = new int[pairs.size()];
		long[] edgeScore = new long[pairs.size()];
		for (int e = 0; e < pairs.size(); e++) {
			edgeLeft[e] = pairs.get(e)[0];
			edgeRight[e] = pairs.get(e)[1];
			edgeScore[e] = scores.get(e).points();
		}
		int[] capacity = locals.stream().mapToInt(l -> room.get(l.id())).toArray();
		List<Proposal> chosen = new ArrayList<>();
		if (pairs.isEmpty()) {
			return chosen;
		}
		for (int e : this.solver
			.solve(new AssignmentProblem(newcomers.size(), capacity, edgeLeft, edgeRight, edgeScore))) {
			chosen.add(new Proposal(newcomers.get(edgeLeft[e]).id(), locals.get(edgeRight[e]).id(),
					scores.get(e).points(), scores.get(e).reasons(), false));
		}
		return chosen;
	}

	private static List<Reason> withLocked(List<Reason> reasons) {
		List<Reason> all = new ArrayList<>(reasons);
		all.add(Reason.of(Reason.LOCKED));
		return all;
	}

	private static Map<String, Candidate> index(List<Candidate> candidates) {
		Map<String, Candidate> byId = new LinkedHashMap<>();
		candidates.forEach(c -> byId.put(c.id(), c));
		return byId;
	}

}
