package no.hverdag.matching;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import no.hverdag.activities.Accessibility;
import no.hverdag.activities.Activity;
import no.hverdag.activities.ActivityQuery.GeoPoint;
import no.hverdag.activities.ActivityType;
import no.hverdag.activities.Audience;
import no.hverdag.activities.Catalogues;
import no.hverdag.activities.NorwegianLevel;
import no.hverdag.activities.Occurrence;
import no.hverdag.activities.Topic;
import no.hverdag.activities.internal.IndexedCatalogue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The suggestions' judged set: newcomer profiles written from needs, each with the
 * listings of the search's invented catalogue a person would want suggested (2) or accept
 * (1), run through the real {@link Recommendations} over the real search index. Prints
 * nDCG@10, precision@5 and hit@3 per profile and overall, and asserts them at the
 * thresholds in docs/suggestion-quality.md; no suggestion may ever break what a profile
 * said (its area, Norwegian, groups, needs, free time, days, free only).
 */
class SuggestionQualityTest {

	/** Thursday 26 November 2026, 09:00 in Norway (the search's judged set's day). */
	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T08:00:00Z"), ZoneId.of("Europe/Oslo"));

	static final double MIN_NDCG_AT_10 = 0.91;

	static final double MIN_PRECISION_AT_5 = 0.88;

	static final double MIN_HIT_AT_3 = 0.97;

	/** One judged profile: what it says, and the grades of listings (absent = 0). */
	record Judged(String id, String who, NewcomerProfile profile, Map<String, Integer> grades) {
	}

	/** How one profile did. */
	record Outcome(Judged judged, List<String> top, double ndcg, double precision, boolean hit3,
			List<String> violations, List<String> why) {
	}

	static Map<String, Activity> catalogue;

	static IndexedCatalogue indexed;

	static Recommendations recommendations;

	@BeforeAll
	static void importCatalogue() throws IOException {
		Map<String, double[]> points = points();
		List<Activity> activities = IndexedCatalogue.imported("/search-quality/catalogue.csv", CLOCK, (municipality,
				district) -> points.getOrDefault(municipality + "/" + district, points.get(municipality + "/")));
		catalogue = activities.stream()
			.collect(Collectors.toMap(Activity::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		indexed = IndexedCatalogue.of(CLOCK, activities);
		recommendations = new Recommendations(Catalogues.over(indexed.search(), CLOCK));
	}

	@AfterAll
	static void close() throws IOException {
		indexed.close();
	}

	@Test
	@DisplayName("the judged profiles get what they want first, at the documented thresholds, and nothing they ruled out")
	void judgedSet() throws IOException {
		List<Judged> profiles = judgedProfiles();
		assertThat(profiles).hasSizeGreaterThanOrEqualTo(30);
		List<Outcome> outcomes = profiles.stream().map(SuggestionQualityTest::run).toList();
		String report = report(outcomes);
		System.out.println(report);
		List<Outcome> measured = outcomes.stream().filter(o -> !o.judged().grades().isEmpty()).toList();
		assertThat(outcomes.stream().flatMap(o -> o.violations().stream())).as("violations" + report).isEmpty();
		assertThat(mean(measured, Outcome::ndcg)).as("nDCG@10").isGreaterThanOrEqualTo(MIN_NDCG_AT_10);
		assertThat(mean(measured, Outcome::precision)).as("precision@5").isGreaterThanOrEqualTo(MIN_PRECISION_AT_5);
		assertThat(mean(measured, o -> o.hit3() ? 1.0 : 0.0)).as("hit@3").isGreaterThanOrEqualTo(MIN_HIT_AT_3);
	}

	@Test
	@DisplayName("one organiser's many groups do not fill the first five, yet a clearly better fit still comes first")
	void oneOrganiserDoesNotFillTheTop() {
		// Five listings of one library, and two of others a little less fitting.
		List<String> library = List.of("lc-bergen-bib", "ch-bergen", "fv-bergen-studie", "jb-bergen-jobb",
				"pb-bergen-sykepleier");
		assertThat(library.stream().map(id -> catalogue.get(id).organisationId()).distinct()).hasSize(1);
		List<Recommendation> ranked = new ArrayList<>();
		for (int i = 0; i < library.size(); i++) {
			ranked.add(suggested(library.get(i), 5 - i * 0.1));
		}
		ranked.add(suggested("ck-bergen", 4.2));
		ranked.add(suggested("ou-bergen-fjell", 4.1));
		List<String> top = Recommendations.varied(ranked, 5).stream().map(r -> r.activity().id()).toList();
		assertThat(top).startsWith("lc-bergen-bib").contains("ck-bergen", "ou-bergen-fjell");
		List<Recommendation> scores = Recommendations.varied(ranked, 7);
		assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));

		ranked.set(1, suggested("ch-bergen", 9));
		ranked.set(0, suggested("lc-bergen-bib", 9.5));
		assertThat(Recommendations.varied(ranked, 5).stream().map(r -> r.activity().id()).limit(2))
			.containsExactly("lc-bergen-bib", "ch-bergen");
	}

	private static Recommendation suggested(String id, double score) {
		Activity activity = catalogue.get(id);
		LocalDate today = LocalDate.now(CLOCK);
		return new Recommendation(activity, activity.occurrences(today, today.plusDays(28)).get(0), score, null,
				List.of());
	}

	static Outcome run(Judged judged) {
		List<Recommendation> suggested = recommendations.forProfile(judged.profile(), 10).block();
		List<String> top = suggested.stream().map(r -> r.activity().id()).toList();
		Map<String, Integer> grades = judged.grades();
		double dcg = 0;
		for (int i = 0; i < top.size(); i++) {
			dcg += gain(grades.getOrDefault(top.get(i), 0)) / log2(i + 2);
		}
		List<Integer> ideal = grades.values().stream().sorted((a, b) -> b - a).limit(10).toList();
		double idcg = 0;
		for (int i = 0; i < ideal.size(); i++) {
			idcg += gain(ideal.get(i)) / log2(i + 2);
		}
		long relevant = grades.values().stream().filter(g -> g > 0).count();
		long in5 = top.stream().limit(5).filter(id -> grades.getOrDefault(id, 0) > 0).count();
		// Of the five first, how many are good, out of as many as could be.
		double precision = relevant == 0 ? 0 : (double) in5 / Math.min(5, relevant);
		boolean hit3 = top.stream().limit(3).anyMatch(id -> grades.getOrDefault(id, 0) > 0);
		List<String> violations = suggested.stream()
			.flatMap(r -> violations(judged.profile(), r).stream().map(v -> r.activity().id() + ": " + v))
			.toList();
		List<String> why = suggested.stream()
			.limit(5)
			.map(r -> String.format(Locale.ROOT, "%s %.2f %s", r.activity().id(), r.score(),
					r.reasons().stream().map(reason -> reason.code() + reason.values().toString()).toList()))
			.toList();
		return new Outcome(judged, top, idcg == 0 ? 0 : dcg / idcg, precision, hit3, violations, why);
	}

	private static double gain(int grade) {
		return Math.pow(2, grade) - 1;
	}

	private static double log2(int x) {
		return Math.log(x) / Math.log(2);
	}

	/**
	 * What a suggestion breaks of what the profile said, checked here from the listing
	 * itself rather than through the profile's own rules.
	 */
	static List<String> violations(NewcomerProfile profile, Recommendation suggestion) {
		Activity activity = suggestion.activity();
		Occurrence next = suggestion.next();
		LocalDate today = LocalDate.now(CLOCK);
		List<String> broken = new ArrayList<>();
		if (profile.near() != null) {
			Double distance = profile.near().distanceKm(activity.place());
			if (distance == null || distance > profile.radiusKm() + 0.01) {
				broken.add("area " + distance);
			}
		}
		else if (profile.municipality() != null && !profile.municipality().equals(activity.place().municipality())) {
			broken.add("area " + activity.place().municipality());
		}
		if (profile.level() != null && activity.level() != null && activity.level().compareTo(profile.level()) > 0) {
			broken.add("level " + activity.level());
		}
		Audience audience = activity.audience();
		if (audience != Audience.EVERYONE && !profile.groups().contains(audience)
				&& !(audience == Audience.WOMEN && profile.needs().contains(Need.WOMEN_ONLY))
				&& !(audience == Audience.CHILDREN_WITH_PARENTS && profile.needs().contains(Need.CHILDREN_WELCOME))) {
			broken.add("audience " + audience);
		}
		if (profile.needs().contains(Need.WOMEN_ONLY) && audience != Audience.WOMEN) {
			broken.add("not women only");
		}
		if (profile.needs().contains(Need.CHILDREN_WELCOME) && audience != Audience.CHILDREN_WITH_PARENTS) {
			broken.add("not for children");
		}
		if (profile.needs().contains(Need.STEP_FREE) && !activity.accessibility().contains(Accessibility.STEP_FREE)) {
			broken.add("steps");
		}
		if (profile.needs().contains(Need.HEARING_LOOP)
				&& !activity.accessibility().contains(Accessibility.HEARING_LOOP)) {
			broken.add("no hearing loop");
		}
		if (profile.freeOnly() && !activity.free()) {
			broken.add("not free");
		}
		if (next.date().isBefore(profile.firstDay(today)) || next.date().isAfter(profile.lastDay(today))
				|| !activity.occurrences(next.date(), next.date()).contains(next)) {
			broken.add("not on the days asked " + next);
		}
		boolean openingHours = activity.type() == ActivityType.FREE_VENUE
				|| activity.type() == ActivityType.EQUIPMENT_LENDING;
		if (!profile.freeTimes().isEmpty() && profile.freeTimes()
			.stream()
			.noneMatch(w -> (w.days().isEmpty() || w.days().contains(next.date().getDayOfWeek())) && (openingHours
					? (w.until() == null || next.start().isBefore(w.until()))
							&& (w.from() == null || next.end().isAfter(w.from()))
					: (w.from() == null || !next.start().isBefore(w.from()))
							&& (w.until() == null || !next.end().isAfter(w.until()))))) {
			broken.add("not in free time " + next);
		}
		return broken;
	}

	static String report(List<Outcome> outcomes) {
		StringBuilder report = new StringBuilder("\nprofile | nDCG@10 | P@5 | hit@3 | top five (grade)\n");
		for (Outcome o : outcomes) {
			Map<String, Integer> grades = o.judged().grades();
			String top = o.top()
				.stream()
				.limit(5)
				.map(id -> id + "(" + grades.getOrDefault(id, 0) + ")")
				.collect(Collectors.joining(" "));
			if (grades.isEmpty()) {
				report.append(String.format(Locale.ROOT, "%s (nothing fits: violations only) | %d suggested%s%n",
						o.judged().id(), o.top().size(),
						o.violations().isEmpty() ? "" : " VIOLATES " + o.violations()));
				continue;
			}
			report.append(String.format(Locale.ROOT, "%s%s | %.3f | %.2f | %s | %s%s%n", o.ndcg() < 0.7 ? "WEAK " : "",
					o.judged().id(), o.ndcg(), o.precision(), o.hit3(), top,
					o.violations().isEmpty() ? "" : " VIOLATES " + o.violations()));
			if (o.ndcg() < 0.9) {
				o.why().forEach(why -> report.append("      ").append(why).append('\n'));
			}
		}
		List<Outcome> measured = outcomes.stream().filter(o -> !o.judged().grades().isEmpty()).toList();
		report.append(
				String.format(Locale.ROOT, "all  n=%d (measured %d) nDCG@10=%.3f P@5=%.3f hit@3=%.3f violations=%d%n",
						outcomes.size(), measured.size(), mean(measured, Outcome::ndcg),
						mean(measured, Outcome::precision), mean(measured, o -> o.hit3() ? 1.0 : 0.0),
						outcomes.stream().mapToLong(o -> o.violations().size()).sum()));
		return report.toString();
	}

	private static double mean(List<Outcome> outcomes, java.util.function.ToDoubleFunction<Outcome> measure) {
		return outcomes.stream().mapToDouble(measure).average().orElse(0);
	}

	/** The profiles in {@code suggestion-quality/profiles.tsv}; see its README. */
	static List<Judged> judgedProfiles() throws IOException {
		List<Judged> profiles = new ArrayList<>();
		for (String line : resource("profiles.tsv").split("\n")) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] c = Arrays.copyOf(line.split("\t", -1), 15);
			for (int i = 0; i < c.length; i++) {
				c[i] = c[i] == null ? "" : c[i].strip();
			}
			GeoPoint near = null;
			Double radius = null;
			if (!c[7].isEmpty()) {
				String[] point = c[7].split(";");
				String[] latLon = point[0].split(",");
				near = new GeoPoint(Double.parseDouble(latLon[0]), Double.parseDouble(latLon[1]));
				radius = point.length > 1 ? Double.parseDouble(point[1]) : null;
			}
			NewcomerProfile profile = new NewcomerProfile(list(c[2]),
					c[3].isEmpty() ? null : NorwegianLevel.valueOf(c[3]), enums(c[4], ActivityType.class),
					c[6].isEmpty() ? null : c[6], near, radius, freeTimes(c[8]), enums(c[9], Audience.class),
					"true".equals(c[11]), enums(c[10], Need.class), c[12].isEmpty() ? null : LocalDate.parse(c[12]),
					c[13].isEmpty() ? null : LocalDate.parse(c[13]), enums(c[5], Topic.class));
			Map<String, Integer> grades = new HashMap<>();
			for (String judged : c[14].split(" +")) {
				if (!judged.isBlank()) {
					String[] idGrade = judged.split(":");
					assertThat(catalogue).as("%s judges %s", c[0], idGrade[0]).containsKey(idGrade[0]);
					grades.put(idGrade[0], Integer.parseInt(idGrade[1]));
				}
			}
			profiles.add(new Judged(c[0], c[1], profile, grades));
		}
		return profiles;
	}

	private static List<String> list(String cell) {
		return cell.isEmpty() ? List.of() : List.of(cell.split(","));
	}

	private static <E extends Enum<E>> Set<E> enums(String cell, Class<E> type) {
		Set<E> values = EnumSet.noneOf(type);
		list(cell).forEach(name -> values.add(Enum.valueOf(type, name)));
		return values;
	}

	private static final List<String> DAYS = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");

	/** {@code MON,TUE 17:00-22:00 | SAT}: days and an optional time of day per window. */
	private static List<FreeTime> freeTimes(String cell) {
		List<FreeTime> windows = new ArrayList<>();
		for (String window : cell.split("\\|")) {
			if (window.isBlank()) {
				continue;
			}
			Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
			LocalTime from = null;
			LocalTime until = null;
			for (String part : window.strip().split(" +")) {
				if (part.contains(":")) {
					String[] times = part.split("-", -1);
					from = LocalTime.parse(times[0]);
					until = times[1].isEmpty() ? null : LocalTime.parse(times[1]);
				}
				else {
					list(part).forEach(day -> days.add(DayOfWeek.of(DAYS.indexOf(day) + 1)));
				}
			}
			windows.add(new FreeTime(days, from, until));
		}
		return windows;
	}

	/** Points by "municipality/district" ("municipality/" for the rest of it). */
	private static Map<String, double[]> points() throws IOException {
		Map<String, double[]> points = new HashMap<>();
		for (String line : resource("places.tsv").split("\n")) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] c = line.split("\t", -1);
			points.put(c[0] + "/" + c[1], new double[] { Double.parseDouble(c[2]), Double.parseDouble(c[3]) });
		}
		return points;
	}

	private static String resource(String name) throws IOException {
		try (InputStream in = SuggestionQualityTest.class.getResourceAsStream("/suggestion-quality/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
