package no.hverdag.buddies.internal;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import no.hverdag.buddies.AssignmentProblem;

/**
 * The exact optimum of an assignment by OR-Tools' min-cost flow. Every newcomer supplies
 * one unit that reaches the sink either through a local (cost {@code C - score}) or
 * straight, unmatched (cost {@code C}), so minimal cost is maximal total score and nobody
 * is forced into a pair; a local passes on at most its capacity. All costs are
 * non-negative. Blocking and CPU-bound: call it off the event loop.
 */
public final class OrToolsAssignment implements AssignmentProblem.Solver {

	@Override
	public int[] solve(AssignmentProblem problem) {
		NativeLibrary.load();
		int n = problem.left();
		int m = problem.right();
		int sink = n + m;
		long ceiling = 1;
		for (long score : problem.edgeScore()) {
			ceiling = Math.max(ceiling, score + 1);
		}
		MinCostFlow flow = new MinCostFlow(n + m + 1, problem.edges() + n + m);
		try {
			int[] arcOf = new int[problem.edges()];
			for (int e = 0; e < problem.edges(); e++) {
				arcOf[e] = flow.addArcWithCapacityAndUnitCost(problem.edgeLeft()[e], n + problem.edgeRight()[e], 1,
						ceiling - problem.edgeScore()[e]);
			}
			for (int i = 0; i < n; i++) {
				flow.addArcWithCapacityAndUnitCost(i, sink, 1, ceiling);
				flow.setNodeSupply(i, 1);
			}
			for (int j = 0; j < m; j++) {
				flow.addArcWithCapacityAndUnitCost(n + j, sink, problem.rightCapacity()[j], 0);
			}
			flow.setNodeSupply(sink, -n);
			MinCostFlowBase.Status status = flow.solve();
			if (status != MinCostFlowBase.Status.OPTIMAL) {
				throw new IllegalStateException("min-cost flow ended " + status);
			}
			int count = 0;
			for (int e = 0; e < problem.edges(); e++) {
				if (flow.getFlow(arcOf[e]) > 0) {
					count++;
				}
			}
			int[] chosen = new int[count];
			int k = 0;
			for (int e = 0; e < problem.edges(); e++) {
				if (flow.getFlow(arcOf[e]) > 0) {
					chosen[k++] = e;
				}
			}
			return chosen;
		}
		finally {
			flow.delete();
		}
	}

	/** Loads OR-Tools' native libraries once (they unpack ~70 MB on first use). */
	public static final class NativeLibrary {

		private static volatile boolean loaded;

		private NativeLibrary() {
		}

		public static void load() {
			if (!loaded) {
				synchronized (NativeLibrary.class) {
					if (!loaded) {
						Loader.loadNativeLibraries();
						loaded = true;
					}
				}
			}
		}

	}

}
