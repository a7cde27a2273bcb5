package no.hverdag.activities.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import no.hverdag.activities.Accessibility;
import no.hverdag.activities.Activity;
import no.hverdag.activities.ActivityDraft;
import no.hverdag.activities.ActivityQuery;
import no.hverdag.activities.ActivityType;
import no.hverdag.activities.Audience;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project's own judged set: newcomers' queries in ten languages over an invented
 * catalogue of 170 listings read through the import's own parser and form rules. Asserts
 * recall@10, hit@5 and MRR at the thresholds in docs/search-quality.md, and that no
 * filtered query ever returns a listing outside its filter.
 */
class SearchQualityTest {

	/** Thursday 26 November 2026, 09:00 in Norway. */
	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T08:00:00Z"), ZoneId.of("Europe/Oslo"));

	static final double MIN_RECALL_AT_10 = 0.90;

	static final double MIN_HIT_AT_5 = 0.97;

	static final double MIN_MRR = 0.95;

	/** One judged query. */
	record Judged(String language, String text, Map<String, String> filters, Set<String> relevant) {
	}

	/** How one query did. */
	record Outcome(Judged query, List<String> top, double recall, boolean hit5, double reciprocalRank) {
	}

	static Map<String, Activity> catalogue;

	static ActivitySearchIndex index;

	@BeforeAll
	static void importCatalogue() throws IOException {
		catalogue = importedCatalogue();
		index = SearchIndexes.forTests(CLOCK);
		index.indexAll(catalogue.values());
	}

	@AfterAll
	static void close() throws IOException {
		index.close();
	}

	/** Reads the catalogue exactly as an import does: file, row converter, form rules. */
	static Map<String, Activity> importedCatalogue() throws IOException {
		ActivityImportFile.Parsed parsed = ActivityImportFile.csv(resource("catalogue.csv"));
		assertThat(parsed.problems()).as("the invented catalogue imports cleanly").isEmpty();
		Validator validator = Validation.byDefaultProvider()
			.configure()
			.messageInterpolator(new ParameterMessageInterpolator())
			.buildValidatorFactory()
			.getValidator();
		Map<String, Activity> activities = new LinkedHashMap<>();
		for (ActivityImportFile.Row row : parsed.rows()) {
			ActivityImportRow.Converted converted = ActivityImportRow.convert(row);
			assertThat(converted.problems()).as("row %s", row.get("id")).isEmpty();
			assertThat(validator.validate(converted.form())).as("row %s", row.get("id")).isEmpty();
			ActivityDraft draft = converted.form().toDraft();
			activities.put(row.get("id"), Activity.published(row.get("id"), "org-" + row.get("municipality"),
					row.get("placeName"), draft, CLOCK.instant()));
		}
		return activities;
	}

	static List<Judged> judgedQueries() throws IOException {
		return judgedQueries("queries.tsv");
	}

	/**
	 * A judged set in {@code search-quality/}: language, query, filters, relevant ids.
	 */
	static List<Judged> judgedQueries(String set) throws IOException {
		List<Judged> queries = new ArrayList<>();
		for (String line : resource(set).split("\n")) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] cells = line.split("\t", -1);
			Map<String, String> filters = new TreeMap<>();
			for (String filter : cells[2].split("&")) {
				if (!filter.isBlank()) {
					filters.put(filter.substring(0, filter.indexOf('=')), filter.substring(filter.indexOf('=') + 1));
				}
			}
			queries.add(new Judged(cells[0], cells[1], filters, Set.of(cells[3].strip().split(" +"))));
		}
		return queries;
	}

	static Outcome run(ActivitySearchIndex index, Judged judged) {
		ActivityQuery.Builder query = ActivityQuery.builder().text(judged.text()).page(0, 10);
		judged.filters().forEach((name, value) -> {
			switch (name) {
				case "municipality" -> query.municipality(value);
				case "audience" -> query.audience(Audience.valueOf(value));
				case "type" -> query.type(ActivityType.valueOf(value));
				case "accessibility" -> query.accessibility(Set.of(Accessibility.valueOf(value)));
				default -> throw new IllegalArgumentException(name);
			}
		});
		List<String> top = index.search(query.build()).ids();
		long found = top.stream().filter(judged.relevant()::contains).count();
		double recall = (double) found / Math.min(10, judged.relevant().size());
		boolean hit5 = top.stream().limit(5).anyMatch(judged.relevant()::contains);
		double reciprocal = 0;
		for (int i = 0; i < top.size(); i++) {
			if (judged.relevant().contains(top.get(i))) {
				reciprocal = 1.0 / (i + 1);
				break;
			}
		}
		return new Outcome(judged, top, recall, hit5, reciprocal);
	}

	/** Mean recall@10, share with a hit in the first five, and MRR over some queries. */
	record Measures(double recall, double hit5, double mrr) {

		static Measures of(List<Outcome> outcomes) {
			return new Measures(outcomes.stream().mapToDouble(Outcome::recall).average().orElse(0),
					outcomes.stream().filter(Outcome::hit5).count() / (double) outcomes.size(),
					outcomes.stream().mapToDouble(Outcome::reciprocalRank).average().orElse(0));
		}

	}

	/**
	 * The queries that did not do perfectly, then the measures per language and for all,
	 * each line of those led by {@code label}.
	 */
	static String report(String label, List<Outcome> outcomes) {
		StringBuilder report = new StringBuilder("\n" + label + "query | recall@10 | hit@5 | RR\n");
		for (Outcome o : outcomes) {
			if (o.recall() < 1 || o.reciprocalRank() < 1) {
				report.append(String.format(Locale.ROOT, "%s%s %s [%s] | %.2f | %s | %.2f | top: %s%n",
						(!o.hit5() || o.recall() < 0.5) ? "MISS " : "", o.query().language(), o.query().text(),
						o.query().filters(), o.recall(), o.hit5(), o.reciprocalRank(), o.top()));
			}
		}
		Map<String, List<Outcome>> byLanguage = outcomes.stream()
			.collect(Collectors.groupingBy(o -> o.query().language(), TreeMap::new, Collectors.toList()));
		byLanguage.put("all", outcomes);
		byLanguage.forEach((language, some) -> {
			Measures measures = Measures.of(some);
			report.append(String.format(Locale.ROOT, "%s%-4s n=%3d recall@10=%.3f hit@5=%.3f MRR=%.3f%n", label,
					language, some.size(), measures.recall(), measures.hit5(), measures.mrr()));
		});
		return report.toString();
	}

	@Test
	@DisplayName("the judged set finds what newcomers mean, at the documented thresholds")
	void judgedSet() throws IOException {
		List<Judged> queries = judgedQueries();
		assertThat(queries).hasSizeGreaterThanOrEqualTo(80);
		assertThat(queries.stream().map(Judged::language).distinct()).hasSizeGreaterThanOrEqualTo(6);
		assertThat(catalogue).hasSizeGreaterThanOrEqualTo(150);
		List<Outcome> outcomes = queries.stream().map(q -> run(index, q)).toList();
		String report = report("", outcomes);
		System.out.println(report);
		Measures all = Measures.of(outcomes);
		double recall = all.recall();
		double hit5 = all.hit5();
		double mrr = all.mrr();
		assertThat(recall).as("mean recall@10" + report).isGreaterThanOrEqualTo(MIN_RECALL_AT_10);
		assertThat(hit5).as("hit@5").isGreaterThanOrEqualTo(MIN_HIT_AT_5);
		assertThat(mrr).as("MRR").isGreaterThanOrEqualTo(MIN_MRR);
	}

	@Test
	@DisplayName("no filtered query returns a single listing outside its filter")
	void filtersNeverLeak() throws IOException {
		for (Judged judged : judgedQueries()) {
			if (judged.filters().isEmpty()) {
				continue;
			}
			for (String id : run(index, judged).top()) {
				Activity activity = catalogue.get(id);
				judged.filters().forEach((name, value) -> {
					boolean keeps = switch (name) {
						case "municipality" -> activity.place().municipality().equals(value);
						case "audience" -> activity.audience().name().equals(value);
						case "type" -> activity.type().name().equals(value);
						case "accessibility" -> activity.accessibility().contains(Accessibility.valueOf(value));
						default -> false;
					};
					assertThat(keeps).as("%s for \"%s\" keeps %s=%s", id, judged.text(), name, value).isTrue();
				});
			}
		}
	}

	private static String resource(String name) throws IOException {
		try (InputStream in = SearchQualityTest.class.getResourceAsStream("/search-quality/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
