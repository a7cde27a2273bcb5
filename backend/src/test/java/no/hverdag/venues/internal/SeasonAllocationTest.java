package no.hverdag.venues.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import no.hverdag.venues.SeasonAllocation;
import no.hverdag.venues.SeasonRequest;
import no.hverdag.venues.SeasonRequest.PriorityClass;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SeasonAllocationTest {

	final CpSatSeasonSolver solver = new CpSatSeasonSolver();

	static SeasonRequest request(String id, String applicant, PriorityClass priority, List<String> rooms, DayOfWeek day,
			int hour, int minutes) {
		return new SeasonRequest(id, applicant, priority, rooms, day, LocalTime.of(hour, 0), minutes, false, null,
				false);
	}

	@Test
	@DisplayName("on 40 random small seasons the solver's allocation scores exactly what brute force finds best")
	void optimalAgainstBruteForce() {
		Random random = new Random(2026);
		for (int instance = 0; instance < 40; instance++) {
			List<SeasonRequest> requests = randomSeason(random, 7 + random.nextInt(2), 3);
			SeasonAllocation.Result result = this.solver.solve(requests, 10);
			long best = bruteForce(requests, 0, new HashMap<>());
			assertThat(result.optimal()).as("instance %d proven optimal", instance).isTrue();
			assertThat(result.score()).as("instance %d: %s", instance, requests).isEqualTo(best);
		}
	}

	@Test
	@DisplayName("fairness first: the adults' only request is granted before youth get a second evening")
	void fairness() {
		List<SeasonRequest> requests = List.of(
				request("y1", "youth", PriorityClass.CHILDREN_AND_YOUTH, List.of("gym"), DayOfWeek.TUESDAY, 18, 120),
				request("y2", "youth", PriorityClass.CHILDREN_AND_YOUTH, List.of("gym"), DayOfWeek.WEDNESDAY, 18, 120),
				request("a1", "adults", PriorityClass.ADULTS, List.of("gym"), DayOfWeek.WEDNESDAY, 19, 60));
		SeasonAllocation.Result result = this.solver.solve(requests, 10);
		assertThat(result.granted()).containsOnlyKeys("y1", "a1");
		Map<String, SeasonAllocation.Reason> reasons = SeasonAllocation.reasons(requests, result.granted());
		assertThat(reasons.get("y2").messageKey()).isEqualTo("season.reason.taken");
		assertThat(reasons.get("y2").heldBy()).isEqualTo("adults");
	}

	@Test
	@DisplayName("children and youth before adults when both cannot have the same time; a lock and a forbid are obeyed on re-run")
	void priorityLockForbid() {
		SeasonRequest youth = request("y", "youth", PriorityClass.CHILDREN_AND_YOUTH, List.of("gym", "hall"),
				DayOfWeek.MONDAY, 17, 60);
		SeasonRequest adults = request("a", "adults", PriorityClass.ADULTS, List.of("gym"), DayOfWeek.MONDAY, 17, 60);
		SeasonRequest adults2 = request("a2", "adults2", PriorityClass.ADULTS, List.of("hall"), DayOfWeek.MONDAY, 17,
				90);
		List<SeasonRequest> requests = List.of(youth, adults, adults2);
		SeasonAllocation.Result first = this.solver.solve(requests, 10);
		// Two rooms at 17:00 for three applicants: youth (weight 3) and the longer adult
		// request score 12 + 6, more than youth and the short one (12 + 4).
		assertThat(first.granted()).containsEntry("y", "gym").containsEntry("a2", "hall").doesNotContainKey("a");
		SeasonAllocation.Result locked = this.solver.solve(List.of(youth.lock("hall"), adults, adults2), 10);
		assertThat(locked.granted()).containsEntry("y", "hall").containsEntry("a", "gym").doesNotContainKey("a2");
		SeasonAllocation.Result forbidden = this.solver.solve(List.of(youth.forbid(), adults, adults2), 10);
		assertThat(forbidden.granted()).doesNotContainKey("y").containsKeys("a", "a2");
	}

	static List<SeasonRequest> randomSeason(Random random, int size, int rooms) {
		List<SeasonRequest> requests = new ArrayList<>();
		PriorityClass[] classes = PriorityClass.values();
		for (int i = 0; i < size; i++) {
			List<String> candidates = new ArrayList<>();
			if (random.nextBoolean()) {
				candidates.add("room" + random.nextInt(rooms));
			}
			else {
				for (int r = 0; r < rooms; r++) {
					if (random.nextInt(3) > 0) {
						candidates.add("room" + r);
					}
				}
				if (candidates.isEmpty()) {
					candidates.add("room0");
				}
			}
			SeasonRequest request = request("r" + i, "org" + random.nextInt(4), classes[random.nextInt(3)], candidates,
					random.nextBoolean() ? DayOfWeek.TUESDAY : DayOfWeek.THURSDAY, 17 + random.nextInt(4),
					60 + 30 * random.nextInt(3));
			if (random.nextInt(10) == 0) {
				request = request.forbid();
			}
			requests.add(request);
		}
		return requests;
	}

	/**
	 * Every assignment of each request to nothing or one of its rooms; the best feasible
	 * score.
	 */
	static long bruteForce(List<SeasonRequest> requests, int index, Map<String, String> granted) {
		if (index == requests.size()) {
			return SeasonAllocation.score(requests, granted);
		}
		SeasonRequest request = requests.get(index);
		long best = bruteForce(requests, index + 1, granted);
		for (String room : request.rooms()) {
			granted.put(request.id(), room);
			best = Math.max(best, bruteForce(requests, index + 1, granted));
			granted.remove(request.id());
		}
		return best;
	}

}
