package no.hverdag.activities.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import no.hverdag.activities.Activity;
import no.hverdag.activities.ActivityQuery;
import no.hverdag.activities.ActivityType;
import no.hverdag.activities.Audience;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The examples newcomers reported (issue 13), over the invented catalogue read through
 * the import: each behaves as the person typing it expects.
 */
class NewcomerSearchExamplesTest {

	static Map<String, Activity> catalogue;

	static ActivitySearchIndex index;

	@BeforeAll
	static void importCatalogue() throws IOException {
		catalogue = SearchQualityTest.importedCatalogue();
		index = SearchIndexes.forTests(SearchQualityTest.CLOCK);
		index.indexAll(catalogue.values());
	}

	@AfterAll
	static void close() throws IOException {
		index.close();
	}

	static List<String> top(String text, int size) {
		return search(q -> q.text(text), size);
	}

	static List<String> search(UnaryOperator<ActivityQuery.Builder> query, int size) {
		return index.search(query.apply(ActivityQuery.builder()).page(0, size).build()).ids();
	}

	private static long languageCafes(List<String> ids) {
		return ids.stream().filter(id -> catalogue.get(id).type() == ActivityType.LANGUAGE_CAFE).count();
	}

	@ParameterizedTest(name = "\"{0}\" fills the first ten with language cafés")
	@ValueSource(strings = { "language cafe", "قهوة اللغة", "мовне кафе", "kafee luqadda", "språkkafé", "sprakkafe" })
	@DisplayName("the kind of activity is found by its name in the newcomer's language")
	void kindByName(String typed) {
		assertThat(languageCafes(top(typed, 10))).as(typed).isEqualTo(10);
	}

	@Test
	@DisplayName("\"kulturven\" (a typo) finds the refugee-guide programme")
	void kulturvenn() {
		assertThat(top("kulturven", 1)).containsExactly("bp-trd-kulturvenn");
		assertThat(top("kulturven", 15)).contains("bp-oslo-flyktningguide");
	}

	@Test
	@DisplayName("\"cafe\" finds a \"kafé\"")
	void cafeIsKafe() {
		assertThat(search(q -> q.text("cafe").municipality("1804"), 10)).contains("lc-bodo-kirke");
		assertThat(top("cafe", 50)).contains("ch-bergen", "lc-bodo-kirke");
	}

	@ParameterizedTest(name = "\"{0}\" alone matches nothing")
	@ValueSource(strings = { "for", "på", "og", "the", "i", "med" })
	@DisplayName("stop words in bokmål, nynorsk and English are not search words")
	void stopWords(String word) {
		assertThat(top(word, 100)).isEmpty();
	}

	@Test
	@DisplayName("\"norsk for nybegynnere\" puts beginner courses first")
	void beginners() {
		assertThat(top("norsk for nybegynnere", 3)).allMatch(id -> id.startsWith("nk-"),
				"a Norwegian course for beginners");
		assertThat(top("norsk for nybegynnere", 10).stream().filter(id -> id.startsWith("nk-")))
			.hasSizeGreaterThanOrEqualTo(5);
	}

	@Test
	@DisplayName("\"sjakk\" does not find \"snakk\"")
	void sjakkIsNotSnakk() {
		assertThat(top("sjakk", 100)).doesNotContain("lc-trd-kafe").contains("ch-oslo");
	}

	@Test
	@DisplayName("compounds and inflections: sjakklubb, svømming, norskkurs")
	void compounds() {
		assertThat(top("sjakklubb", 10)).contains("ch-oslo", "ch-bergen", "ch-bodo");
		assertThat(top("svømming", 10)).contains("sw-oslo-kvinner", "sw-stv-kurs", "sw-trd-voksne");
		assertThat(top("norskkurs", 100)).contains("lc-bodo-rode", "lc-oslo-stovner");
	}

	@Test
	@DisplayName("synonyms: damer finds groups for kvinner, eldre finds seniors")
	void synonyms() {
		assertThat(top("damer", 10)).allMatch(id -> catalogue.get(id).audience() == Audience.WOMEN,
				"an activity for women");
		assertThat(top("eldre", 10)).contains("se-oslo-treff", "se-stv-kaffe");
		assertThat(top("senior", 10)).contains("se-bergen-dans", "se-trd-data");
	}

	@Test
	@DisplayName("a place in the query lifts what is there: \"sprakkafe bodo\" gives the three Bodø cafés first")
	void placeBoost() {
		for (String typed : List.of("sprakkafe bodo", "language cafe bodø", "språkkafé i Bodø")) {
			assertThat(top(typed, 4)).as(typed).contains("lc-bodo-bib", "lc-bodo-rode", "lc-bodo-kirke");
			assertThat(top(typed, 3)).as(typed).allMatch(id -> catalogue.get(id).place().municipality().equals("1804"));
		}
	}

	@Test
	@DisplayName("Ukrainian inflection: \"норвезької\" finds what \"норвезьку\" finds")
	void ukrainian() {
		assertThat(top("норвезької", 20)).containsAll(top("норвезьку", 20).subList(0, 3)).contains("nk-stv-uk");
	}

}
