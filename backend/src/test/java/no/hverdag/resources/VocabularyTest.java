package no.hverdag.resources;

import java.time.Month;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rooms-and-equipment vocabulary, in sentences. */
class VocabularyTest {

	static final Vocabulary WORDS = Vocabulary.standard();

	static final Vocabulary.Searchable SKIS = Vocabulary.Searchable.of(List.of("any.equipment", "equipment.SKIS"),
			"Langrennsski", "BUA Bodø");

	static final Vocabulary.Searchable HELMET = Vocabulary.Searchable.of(List.of("any.equipment", "equipment.HELMET"),
			"Hjelm", "BUA Bodø");

	static final Vocabulary.Searchable GYM = Vocabulary.Searchable
		.of(List.of("any.room", "building.SCHOOL", "facility.CHANGING_ROOMS"), "Gymsal", "Bodøsjøen skole");

	static final Vocabulary.Searchable KITCHEN_ROOM = Vocabulary.Searchable
		.of(List.of("any.room", "building.VOLUNTEER_CENTRE", "facility.KITCHEN"), "Stua", "Bodø Frivilligsentral");

	@Test
	@DisplayName("skis are found in Norwegian, English, Arabic, Ukrainian, Polish and Persian, and misspelt")
	void skisInManyLanguages() {
		for (String query : List.of("ski", "skis", "skiing", "زلاجات", "التزلج", "лижі", "narty", "اسکی", "langrenn",
				"langrenski", "skiutlån", "barneski", "Skiene")) {
			assertThat(WORDS.query(query).score(SKIS)).as(query).isEqualTo(2);
			assertThat(WORDS.query(query).score(HELMET)).as(query).isLessThan(2);
		}
	}

	@Test
	@DisplayName("æ, ø and å may be left out, a Cyrillic letter may slip in, and a letter may be swapped")
	void foldingAndTypos() {
		assertThat(WORDS.query("skoyter").terms().get(0).concepts()).contains("equipment.SKATES");
		assertThat(WORDS.query("hjlem").score(HELMET)).isEqualTo(2);
		assertThat(WORDS.query("kjokken").score(KITCHEN_ROOM)).isEqualTo(2);
		// "lånе" with a Cyrillic "е" at the end, then "ski": skis rank above a helmet.
		assertThat(WORDS.query("lån\u0435 ski").score(SKIS)).isGreaterThan(WORDS.query("lån\u0435 ski").score(HELMET));
		assertThat(WORDS.query("lån\u0435").score(HELMET)).isEqualTo(1);
	}

	@Test
	@DisplayName("a word naming a kind of room ranks that room above rooms that are merely rooms")
	void kindsAboveGeneralWords() {
		assertThat(WORDS.query("gymsal").score(GYM)).isGreaterThan(WORDS.query("gymsal").score(KITCHEN_ROOM));
		assertThat(WORDS.query("møterom med kjøkken").score(KITCHEN_ROOM))
			.isGreaterThan(WORDS.query("møterom med kjøkken").score(GYM));
		assertThat(WORDS.query("rom").score(GYM)).isEqualTo(1);
		assertThat(WORDS.query("lokale").score(KITCHEN_ROOM)).isEqualTo(1);
		assertThat(WORDS.query("kitchen").score(KITCHEN_ROOM)).isEqualTo(2);
		assertThat(WORDS.query("مطبخ").score(KITCHEN_ROOM)).isEqualTo(2);
	}

	@Test
	@DisplayName("words about something else find nothing: no false friends by a short typo or a short part")
	void noFalseFriends() {
		for (String query : List.of("norsk kurs", "språkkafé", "hike", "skilt", "fotball", "sjakk")) {
			assertThat(WORDS.query(query).score(SKIS)).as(query).isZero();
			assertThat(WORDS.query(query).score(GYM)).as(query).isZero();
		}
	}

	@Test
	@DisplayName("every concept has words, and every category has a season rule")
	void conceptsHaveWords() {
		assertThat(WORDS.concepts()).contains("equipment.SKIS", "equipment.TENT", "any.room", "facility.KITCHEN");
		assertThat(Season.of(Month.JANUARY)).isEqualTo(Season.WINTER);
		assertThat(Season.of(Month.JULY)).isEqualTo(Season.SUMMER);
		assertThat(Set.of(Season.values())).hasSize(4);
	}

}
