package no.hverdag.buddies.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import no.hverdag.buddies.AssignmentProblem;

/**
 * The exact assignment of a matching round at two sizes, as the issue sets them: 1,000 ×
 * 1,000 dense (every pair feasible) and 10,000 × 10,000 with about 2 % of pairs feasible
 * (locals with room for 1–3). OR-Tools' native libraries are loaded before anything is
 * timed. Each run solves a freshly generated instance; the median and the worst of the
 * runs are printed, with the process's peak resident memory (VmHWM, which includes the
 * JVM itself and OR-Tools' native memory outside the Java heap), and the CPU time of the
 * solving thread, which a machine shared with other work does not inflate.
 *
 * <p>
 * Usage: {@code MatchingBenchmark dense|sparse [runs]} (one case per JVM, so each peak is
 * its own).
 */
public final class MatchingBenchmark {

	private MatchingBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		String kind = args.length > 0 ? args[0] : "dense";
		int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
		long loadStart = System.nanoTime();
		OrToolsAssignment.NativeLibrary.load();
		System.out.printf("native libraries loaded in %.2f s (not counted)%n", (System.nanoTime() - loadStart) / 1e9);
		OrToolsAssignment solver = new OrToolsAssignment();
		// Warm-up on a small instance of the same shape.
		solver.solve(kind.equals("dense") ? dense(new Random(1), 200) : sparse(new Random(1), 2000, 0.02));
		long rssBefore = status("VmRSS");
		double[] seconds = new double[runs];
		double[] cpu = new double[runs];
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		long pairs = 0;
		long chosen = 0;
		for (int r = 0; r < runs; r++) {
			Random random = new Random(100 + r);
			AssignmentProblem problem = kind.equals("dense") ? dense(random, 1000) : sparse(random, 10_000, 0.02);
			pairs = problem.edges();
			long start = System.nanoTime();
			long cpuStart = threads.getCurrentThreadCpuTime();
			int[] result = solver.solve(problem);
			seconds[r] = (System.nanoTime() - start) / 1e9;
			// OR-Tools solves on the calling thread, so its CPU time counts native work
			// too: a
			// figure that a machine shared with other builds does not inflate.
			cpu[r] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
			chosen = result.length;
		}
		Arrays.sort(seconds);
		Arrays.sort(cpu);
		System.out.printf("%s: %,d feasible pairs, %,d matched; solve median %.3f s, worst %.3f s over %d runs%n", kind,
				pairs, chosen, seconds[runs / 2], seconds[runs - 1], runs);
		System.out.printf("CPU time of the solving thread: median %.3f s, worst %.3f s%n", cpu[runs / 2],
				cpu[runs - 1]);
		System.out.printf("memory: peak RSS %d MiB (RSS before the timed runs %d MiB); max heap %d MiB%n",
				status("VmHWM") / 1024, rssBefore / 1024, Runtime.getRuntime().maxMemory() / (1024 * 1024));
	}

	/**
	 * Every newcomer may pair with every local; scores as a round's would be (100–1,000).
	 */
	static AssignmentProblem dense(Random random, int n) {
		int edges = n * n;
		int[] left = new int[edges];
		int[] right = new int[edges];
		long[] score = new long[edges];
		int e = 0;
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				left[e] = i;
				right[e] = j;
				score[e++] = 100 + random.nextInt(901);
			}
		}
		int[] capacity = new int[n];
		Arrays.fill(capacity, 1);
		return new AssignmentProblem(n, capacity, left, right, score);
	}

	/** About {@code share} of all pairs feasible, locals with room for 1–3. */
	static AssignmentProblem sparse(Random random, int n, double share) {
		int perNewcomer = (int) Math.round(n * share);
		int edges = n * perNewcomer;
		int[] left = new int[edges];
		int[] right = new int[edges];
		long[] score = new long[edges];
		int e = 0;
		for (int i = 0; i < n; i++) {
			int start = random.nextInt(n);
			int step = 1 + random.nextInt(n / perNewcomer);
			for (int k = 0; k < perNewcomer; k++) {
				left[e] = i;
				right[e] = (start + k * step) % n;
				score[e++] = 100 + random.nextInt(901);
			}
		}
		int[] capacity = new int[n];
		for (int j = 0; j < n; j++) {
			capacity[j] = 1 + random.nextInt(3);
		}
		return new AssignmentProblem(n, capacity, left, right, score);
	}

	private static long status(String field) throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
			if (line.startsWith(field + ":")) {
				return Long.parseLong(line.replaceAll("[^0-9]", ""));
			}
		}
		return -1;
	}

}
