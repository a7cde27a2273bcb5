package no.hverdag.activities.internal;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import no.hverdag.activities.Accessibility;
import no.hverdag.activities.Activity;
import no.hverdag.activities.ActivityQuery;
import no.hverdag.activities.ActivityType;
import no.hverdag.activities.Audience;
import no.hverdag.activities.NorwegianLevel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index counts facets in one unscored pass and caches the counts per filter set
 * (issue 18). These must be exactly what Lucene's own {@code DrillSideways} gives, which
 * the index used before: the same page in the same order, the same total, the same counts
 * in the same order, for the judged queries and for random filter combinations on the
 * invented catalogue; asked again (now from the cache), the same once more.
 */
class OnePassFacetCountsTest {

	static Map<String, Activity> catalogue;

	static ActivitySearchIndex index;

	@BeforeAll
	static void build() throws IOException {
		catalogue = SearchQualityTest.importedCatalogue();
		index = SearchIndexes.forTests(SearchQualityTest.CLOCK);
		index.indexAll(catalogue.values());
	}

	@AfterAll
	static void close() throws IOException {
		index.close();
	}

	@Test
	@DisplayName("the judged queries: same page, total and counts as DrillSideways, fresh and cached")
	void judged() throws IOException {
		for (SearchQualityTest.Judged judged : SearchQualityTest.judgedQueries()) {
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
			same(query.build());
		}
	}

	@Test
	@DisplayName("random filter combinations, texts, orders and pages: same as DrillSideways")
	void randomCombinations() throws IOException {
		Random random = new Random(18);
		List<String> municipalities = catalogue.values()
			.stream()
			.map(a -> a.place().municipality())
			.distinct()
			.sorted()
			.toList();
		List<String> texts = new ArrayList<>();
		texts.add(null);
		texts.add("");
		SearchQualityTest.judgedQueries().forEach(j -> texts.add(j.text()));
		texts.addAll(List.of("sprakkafe", "kafe", "leksehjelp", "turgruppe", "bodo", "språkkafé bodø", "xyzzy"));
		for (int i = 0; i < 600; i++) {
			ActivityQuery.Builder query = ActivityQuery.builder().text(texts.get(random.nextInt(texts.size())));
			if (random.nextInt(3) == 0) {
				query.municipality(random.nextInt(10) == 0 ? "9999" : pick(random, municipalities));
			}
			if (random.nextInt(3) == 0) {
				query.type(pick(random, List.of(ActivityType.values())));
			}
			if (random.nextInt(4) == 0) {
				query.language(pick(random, List.of("no", "en", "ar", "uk", "so", "pl", "fa")));
			}
			if (random.nextInt(4) == 0) {
				query.level(pick(random, List.of(NorwegianLevel.values())));
			}
			if (random.nextInt(4) == 0) {
				query.audience(pick(random, List.of(Audience.values())));
			}
			if (random.nextInt(4) == 0) {
				query.free(random.nextBoolean());
			}
			if (random.nextInt(4) == 0) {
				Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
				for (int d = 0; d <= random.nextInt(2); d++) {
					days.add(DayOfWeek.of(1 + random.nextInt(7)));
				}
				query.weekdays(days);
			}
			if (random.nextInt(5) == 0) {
				query.startsAfter(LocalTime.of(16, 0));
			}
			if (random.nextInt(6) == 0) {
				query.accessibility(Set.of(pick(random, List.of(Accessibility.values()))));
			}
			if (random.nextInt(5) == 0) {
				Activity somewhere = pick(random, new ArrayList<>(catalogue.values()));
				if (somewhere.place().hasPoint()) {
					query.near(new ActivityQuery.GeoPoint(somewhere.place().lat(), somewhere.place().lon()),
							random.nextBoolean() ? 25.0 : null);
					if (random.nextBoolean()) {
						query.sort(ActivityQuery.Sort.DISTANCE);
					}
				}
			}
			if (random.nextInt(5) == 0) {
				query.sort(ActivityQuery.Sort.DATE);
			}
			query.page(random.nextInt(4) == 0 ? 1 : 0, random.nextBoolean() ? 5 : 20);
			same(query.build());
		}
	}

	private static void same(ActivityQuery query) throws IOException {
		ActivitySearchIndex.Hits reference = index.searchByDrillSideways(query);
		for (int time = 0; time < 2; time++) {
			ActivitySearchIndex.Hits hits = index.search(query);
			assertThat(hits.ids()).as("page of %s", query).isEqualTo(reference.ids());
			assertThat(hits.total()).as("total of %s", query).isEqualTo(reference.total());
			for (String dimension : ActivitySearchIndex.FACETS) {
				assertThat(new ArrayList<>(hits.facets().get(dimension).entrySet()))
					.as("%s counts of %s", dimension, query)
					.isEqualTo(new ArrayList<>(reference.facets().get(dimension).entrySet()));
			}
		}
	}

	private static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

}
