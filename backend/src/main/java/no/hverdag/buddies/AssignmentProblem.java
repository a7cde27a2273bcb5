package no.hverdag.buddies;

import java.util.Objects;

/**
 * A bipartite assignment as numbers: {@code left} newcomers (each matched at most once),
 * locals with capacities, and the feasible edges with their scores. The solution is the
 * set of edges with the largest total score such that no newcomer has two edges and no
 * local more than its capacity; anyone may stay unmatched.
 */
public record AssignmentProblem(int left, int[] rightCapacity, int[] edgeLeft, int[] edgeRight, long[] edgeScore) {

	public AssignmentProblem {
		Objects.requireNonNull(rightCapacity, "rightCapacity");
		if (edgeLeft.length != edgeRight.length || edgeLeft.length != edgeScore.length) {
			throw new IllegalArgumentException("edge arrays differ in length");
		}
	}

	public int right() {
		return this.rightCapacity.length;
	}

	public int edges() {
		return this.edgeLeft.length;
	}

	/** The total score of a set of chosen edges. */
	public long total(int[] chosen) {
		long sum = 0;
		for (int e : chosen) {
			sum += this.edgeScore[e];
		}
		return sum;
	}

	/** Solves an assignment exactly. */
	@FunctionalInterface
	public interface Solver {

		/** The indexes of the chosen edges of an optimal assignment. */
		int[] solve(AssignmentProblem problem);

	}

}
