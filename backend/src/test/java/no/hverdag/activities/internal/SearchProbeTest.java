package no.hverdag.activities.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import no.hverdag.activities.Activity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The probe sets: {@code queries-probe.tsv} (queries written from newcomers' needs before
 * the catalogue's wording was read) and {@code queries-probe2.tsv} (written half-way
 * through the fixes they led to), over the same catalogue and index as
 * {@link SearchQualityTest}. Prints the per-query table and per-language recall@10, hit@5
 * and MRR, and holds each set to the thresholds below (a little under what they measured
 * when they were added, docs/search-quality.md), so that a change which helps the judged
 * set at their expense shows.
 */
class SearchProbeTest {

	static final double MIN_RECALL_AT_10 = 0.86;

	static final double MIN_HIT_AT_5 = 0.96;

	static final double MIN_MRR = 0.88;

	@Test
	@DisplayName("each probe set keeps recall@10, hit@5 and MRR at or above its thresholds")
	void probeSet() throws IOException {
		Map<String, Activity> catalogue = SearchQualityTest.importedCatalogue();
		for (String set : List.of("queries-probe.tsv", "queries-probe2.tsv")) {
			probe(catalogue, set);
		}
	}

	private static void probe(Map<String, Activity> catalogue, String set) throws IOException {
		List<SearchQualityTest.Judged> queries = SearchQualityTest.judgedQueries(set);
		for (SearchQualityTest.Judged judged : queries) {
			assertThat(catalogue.keySet()).as("relevant ids of \"%s\"", judged.text()).containsAll(judged.relevant());
		}
		try (ActivitySearchIndex index = SearchIndexes.forTests(SearchQualityTest.CLOCK)) {
			index.indexAll(catalogue.values());
			List<SearchQualityTest.Outcome> outcomes = queries.stream()
				.map(q -> SearchQualityTest.run(index, q))
				.toList();
			System.out
				.println(SearchQualityTest.report(set.replace("queries-", "").replace(".tsv", "") + " ", outcomes));
			SearchQualityTest.Measures measures = SearchQualityTest.Measures.of(outcomes);
			assertThat(measures.recall()).as("%s recall@10", set).isGreaterThanOrEqualTo(MIN_RECALL_AT_10);
			assertThat(measures.hit5()).as("%s hit@5", set).isGreaterThanOrEqualTo(MIN_HIT_AT_5);
			assertThat(measures.mrr()).as("%s MRR", set).isGreaterThanOrEqualTo(MIN_MRR);
		}
	}

}
