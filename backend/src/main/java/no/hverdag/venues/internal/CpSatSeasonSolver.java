package no.hverdag.venues.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import no.hverdag.venues.SeasonAllocation;
import no.hverdag.venues.SeasonRequest;

import org.springframework.stereotype.Component;

/**
 * The season allocation as a CP-SAT model (OR-Tools): a boolean per request and room it
 * may get, at most one room per request, at most one request per room at every quarter
 * hour where some request starts (enough for intervals), a boolean per applicant that may
 * be 1 only if one of its requests is granted; maximise
 * {@code BIG × served + Σ weight × quarters}. Blocking native code: callers run it on a
 * bounded scheduler.
 */
@Component
public class CpSatSeasonSolver implements SeasonAllocation.Solver {

	/**
	 * OR-Tools' native library, loaded on the first allocation rather than when the bean
	 * is made: unpacking and loading it took about 0.7 s of every start (issue 18), for a
	 * page a coordinator opens a few times a season.
	 */
	private static final class Natives {

		static {
			Loader.loadNativeLibraries();
		}

		static void load() {
			// The class initialiser above does the work, once.
		}

	}

	@Override
	public SeasonAllocation.Result solve(List<SeasonRequest> requests, double timeLimitSeconds) {
		Natives.load();
		long started = System.nanoTime();
		CpModel model = new CpModel();
		Map<String, Map<String, BoolVar>> x = new LinkedHashMap<>();
		Map<String, List<BoolVar>> byApplicant = new HashMap<>();
		// room|weekday -> requests that may use it
		Map<String, List<SeasonRequest>> byRoomDay = new HashMap<>();
		LinearExprBuilder objective = LinearExpr.newBuilder();
		for (SeasonRequest request : requests) {
			Map<String, BoolVar> vars = new LinkedHashMap<>();
			for (String room : request.rooms()) {
				if (request.forbidden() || (request.lockedRoom() != null && !request.lockedRoom().equals(room))) {
					continue;
				}
				BoolVar v = model.newBoolVar(request.id() + "@" + room);
				vars.put(room, v);
				objective.addTerm(v, request.value());
				byApplicant.computeIfAbsent(request.applicant(), a -> new ArrayList<>()).add(v);
				byRoomDay.computeIfAbsent(room + "|" + request.weekday(), k -> new ArrayList<>()).add(request);
			}
			x.put(request.id(), vars);
			if (request.locked()) {
				model.addExactlyOne(vars.values().toArray(new Literal[0]));
			}
			else if (vars.size() > 1) {
				model.addAtMostOne(vars.values().toArray(new Literal[0]));
			}
		}
		for (Map.Entry<String, List<SeasonRequest>> entry : byRoomDay.entrySet()) {
			String room = entry.getKey().substring(0, entry.getKey().lastIndexOf('|'));
			List<SeasonRequest> candidates = entry.getValue();
			TreeSet<Integer> starts = new TreeSet<>();
			candidates.forEach(r -> starts.add(r.startQuarter()));
			for (int t : starts) {
				List<Literal> covering = new ArrayList<>();
				for (SeasonRequest r : candidates) {
					if (r.startQuarter() <= t && t < r.endQuarter()) {
						covering.add(x.get(r.id()).get(room));
					}
				}
				if (covering.size() > 1) {
					model.addAtMostOne(covering.toArray(new Literal[0]));
				}
			}
		}
		long big = SeasonAllocation.big(requests);
		for (Map.Entry<String, List<BoolVar>> entry : byApplicant.entrySet()) {
			BoolVar served = model.newBoolVar("served:" + entry.getKey());
			model.addLessOrEqual(served, LinearExpr.sum(entry.getValue().toArray(new BoolVar[0])));
			objective.addTerm(served, big);
		}
		model.maximize(objective);
		CpSolver solver = new CpSolver();
		solver.getParameters().setMaxTimeInSeconds(timeLimitSeconds);
		solver.getParameters().setNumWorkers(2);
		CpSolverStatus status = solver.solve(model);
		Map<String, String> granted = new LinkedHashMap<>();
		if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
			x.forEach((id, vars) -> vars.forEach((room, v) -> {
				if (solver.booleanValue(v)) {
					granted.put(id, room);
				}
			}));
		}
		double objectiveValue = solver.objectiveValue();
		double bound = solver.bestObjectiveBound();
		double gap = objectiveValue <= 0 ? 0 : Math.max(0, (bound - objectiveValue) / objectiveValue);
		return new SeasonAllocation.Result(granted, SeasonAllocation.score(requests, granted),
				status == CpSolverStatus.OPTIMAL, gap, (System.nanoTime() - started) / 1e9);
	}

}
