package no.hverdag.humanlibrary;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

import no.hverdag.support.HverdagIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The predefined "borrow a person" topics are UI texts: an Arabic or English page shows
 * them in its language; a topic in the volunteer's own words stays as written, marked as
 * Norwegian.
 */
@HverdagIntegrationTest
class BorrowTopicsInReadersLanguageTest {

	static final String LIBRARY = "topics-library";

	@Autowired
	WebTestClient client;

	@Autowired
	LibraryAdministration administration;

	@BeforeEach
	void person() {
		this.administration.importLibrary(new Library(LIBRARY, "Emnebiblioteket", "1804", "Vei 3", null, null)).block();
		this.administration
			.importPerson(new PersonToBorrow("topics-person", LIBRARY, "Tove", List.of("Norsk samtale", "Rosemaling"),
					List.of("no"), EnumSet.allOf(DayOfWeek.class), List.of(LocalTime.of(13, 0)), 45, 1))
			.block();
	}

	private String page(String lang) {
		return this.client.get()
			.uri("/borrow?lang=" + lang + "&library=" + LIBRARY)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	@Test
	@DisplayName("a predefined topic is shown in English and Arabic; one in the volunteer's own words stays Norwegian")
	void topicsTranslated() {
		assertThat(page("en")).contains(">Norwegian conversation<").contains("lang=\"nb\">Rosemaling<");
		assertThat(page("ar")).doesNotContain(">Norsk samtale<").contains("lang=\"nb\">Rosemaling<");
		assertThat(page("nb")).contains(">Norsk samtale<");
	}

}
