package no.hverdag.activities.internal;

import java.util.List;

import no.hverdag.activities.ActivityTexts;
import no.hverdag.activities.ActivityType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static no.hverdag.activities.internal.ActivitySearchIndexTest.build;
import static no.hverdag.activities.internal.ActivitySearchIndexTest.ids;
import static no.hverdag.activities.internal.ActivitySearchIndexTest.indexWith;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A listing carries the topics its text is about, not those of words that merely look
 * alike to the stemmers ("går" and "garn", "mat" and "matte", "market" and "marka") or of
 * a compound's part that means something else there ("samtaletrening" is practice, not
 * exercise). The "for you" suggestions decide which listings are about a liked topic by
 * searching the topic's words, so a wrong topic is a wrong suggestion.
 */
class ConceptPrecisionTest {

	private final SearchVocabulary vocabulary = new SearchVocabulary();

	@ParameterizedTest(name = "\"{0}\" is not about {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Vi går sammen opp til utsiktspunktet og tilbake igjen.      | topic.knitting
			Vi går på museum og kino sammen, og tar en kaffe etterpå.   | topic.knitting
			Lær å lage mat fra hele verden sammen med andre.            | topic.homework
			En fin måte å bli kjent med nye folk på.                    | topic.homework
			Oppgaver: servere kaffe og ta imot gjester.                 | topic.homework
			We meet at the Christmas market and practise job interviews. | topic.hiking
			Samtaletrening på biblioteket: vi prater om hverdagen.      | topic.exercise
			Språktrening med frivillige hver tirsdag.                   | topic.exercise
			Norsktrening for kvinner, med barnepass.                    | topic.exercise
			Muntlig trening før norskprøven.                            | topic.exercise
			Kom tilbake neste uke, vi starter klokka seks.              | topic.cooking
			Åpent hver ettermiddag for alle som vil prate.              | topic.cooking
			Vi tar det litt rolig etterpå og snakker om dagen.          | topic.cleanup
			Busstur til fossen: bli med på tur, vi går en kort tur ved elva. | topic.hiking
			Båttur til øya, vi tar med mat på tur.                      | topic.hiking
			""")
	@DisplayName("a word that looks like a topic's word, or means something else in a compound, names no topic")
	void notAbout(String text, String concept) {
		assertThat(this.vocabulary.conceptsIn(text)).doesNotContain(concept);
	}

	@ParameterizedTest(name = "\"{0}\" is about {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Ta med garn og pinner, vi strikker sammen.                  | topic.knitting
			Vi strikkar og heklar på biblioteket.                       | topic.knitting
			Hjelp med matte og lekser etter skolen.                     | topic.homework
			Søndagstur i Marka med Turistforeningen.                    | topic.hiking
			Fjellturer for alle, vi går i eget tempo.                   | topic.hiking
			Vi går tur i skogen hver søndag.                            | topic.hiking
			Fotballtrening for voksne på Tøyen.                         | topic.exercise
			Svømmetrening for nybegynnere.                              | topic.exercise
			Styrke og kondisjon: trening for damer.                     | topic.exercise
			Vi baker brød og lager middag sammen.                       | topic.cooking
			Felles middag hver torsdag.                                 | topic.cooking
			Strandrydding ved havna, vi plukker plast.                  | topic.cleanup
			Kafeen er åpen for alle.                                    | topic.cafe
			""")
	@DisplayName("the topic's own words, inflected or in a compound that is a kind of it, still name it")
	void about(String text, String concept) {
		assertThat(this.vocabulary.conceptsIn(text)).contains(concept);
	}

	@Test
	@DisplayName("the listing's own place names no topic: Skien is a town, not skis")
	void placeNames() {
		assertThat(this.vocabulary.conceptsIn("Språkkafé på Skien bibliotek. Lån ski hos BUA etterpå.",
				List.of("Skien", "Sentrum")))
			.contains("topic.skiing");
		assertThat(this.vocabulary.conceptsIn("Språkkafé på Skien bibliotek, midt i Skien sentrum.",
				List.of("Skien", "Sentrum")))
			.doesNotContain("topic.skiing");
	}

	@Test
	@DisplayName("a topic's search finds the listings about it, not a language café that trains conversation")
	void topicSearch() {
		ActivitySearchIndex index = indexWith(
				build("cafe", b -> b.type(ActivityType.LANGUAGE_CAFE)
					.texts(ActivityTexts.of("nb", "Samtaletrening på biblioteket",
							"Språktrening med frivillige. Vi går gjennom ord fra hverdagen på en enkel måte."))),
				build("football",
						b -> b.type(ActivityType.CULTURE_EVENT)
							.texts(ActivityTexts.of("nb", "Fotballtrening for voksne", "Vi trener hver lørdag."))),
				build("knit",
						b -> b.type(ActivityType.CULTURE_EVENT)
							.texts(ActivityTexts.of("nb", "Strikkekveld", "Ta med garn, vi strikker sammen."))),
				build("homework", b -> b.type(ActivityType.CULTURE_EVENT)
					.texts(ActivityTexts.of("nb", "Leksehjelp", "Hjelp med matte og lekser."))));
		assertThat(ids(index, q -> q.text("exercise"))).containsExactly("football");
		assertThat(ids(index, q -> q.text("knitting"))).containsExactly("knit");
		assertThat(ids(index, q -> q.text("homework"))).containsExactly("homework");
		assertThat(ids(index, q -> q.text("trening"))).contains("football");
		assertThat(List.of("cafe", "football", "knit", "homework")).containsAll(ids(index, q -> q.text("hiking")));
	}

}
