package no.hverdag.bench;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import no.hverdag.venues.SeasonAllocation;
import no.hverdag.venues.SeasonRequest;
import no.hverdag.venues.SeasonRequest.PriorityClass;
import no.hverdag.venues.internal.CpSatSeasonSolver;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Season allocation at municipal scale (issue 14): 2,000 requests over 150 rooms, solved
 * with CP-SAT to the optimum or a proven gap of at most 1 % within 10 s. Skipped unless
 * {@code -Dbench=true}; prints a {@code BENCH} line. See docs/performance.md.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class SeasonAllocationBenchmark {

	@Test
	@DisplayName("2,000 requests over 150 rooms: optimal or within 1 % in under 10 s")
	void season() {
		int requests = Integer.getInteger("bench.requests", 2000);
		int rooms = Integer.getInteger("bench.rooms", 150);
		List<SeasonRequest> season = season(new Random(14), requests, rooms);
		CpSatSeasonSolver solver = new CpSatSeasonSolver();
		solver.solve(season.subList(0, 50), 5);
		SeasonAllocation.Result result = solver.solve(season, 10);
		long applicants = season.stream().map(SeasonRequest::applicant).distinct().count();
		long served = result.granted()
			.keySet()
			.stream()
			.map(id -> season.get(Integer.parseInt(id.substring(1))).applicant())
			.distinct()
			.count();
		System.out.printf(
				"BENCH season-allocation requests=%d rooms=%d granted=%d applicants=%d served=%d optimal=%s gap=%.4f%% seconds=%.2f%n",
				requests, rooms, result.granted().size(), applicants, served, result.optimal(), result.gap() * 100,
				result.seconds());
		assertThat(result.score()).as("a feasible allocation").isPositive();
		assertThat(result.optimal() || result.gap() <= 0.01).as("optimal or gap <= 1 %").isTrue();
		assertThat(result.seconds()).as("seconds").isLessThan(10.5);
	}

	/**
	 * 150 rooms in 15 districts of 10; 400 applicants; each request a weekday evening (or
	 * Saturday) of 1–3 hours starting 16:00–21:00 on the hour or half hour; 60 % name one
	 * room, 40 % any room of their district.
	 */
	static List<SeasonRequest> season(Random random, int size, int rooms) {
		List<SeasonRequest> requests = new ArrayList<>();
		DayOfWeek[] days = { DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
				DayOfWeek.FRIDAY, DayOfWeek.SATURDAY };
		for (int i = 0; i < size; i++) {
			int district = random.nextInt(Math.max(1, rooms / 10));
			List<String> candidates = new ArrayList<>();
			if (random.nextInt(10) < 6) {
				candidates.add("room" + (district * 10 + random.nextInt(10)) % rooms);
			}
			else {
				for (int r = 0; r < 10; r++) {
					candidates.add("room" + (district * 10 + r) % rooms);
				}
			}
			PriorityClass priority = PriorityClass.values()[random.nextInt(3)];
			requests.add(new SeasonRequest("r" + i, "org" + random.nextInt(400), priority, candidates,
					days[random.nextInt(days.length)], LocalTime.of(16, 0).plusMinutes(30L * random.nextInt(11)),
					60 * (1 + random.nextInt(3)), false, null, false));
		}
		return requests;
	}

}
