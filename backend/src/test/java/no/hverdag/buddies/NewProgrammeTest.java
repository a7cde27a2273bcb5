package no.hverdag.buddies;

import java.time.Instant;
import java.util.Map;

import no.hverdag.shared.HverdagException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NewProgrammeTest {

	private static NewProgramme describedIn(Map<String, String> descriptions) {
		return new NewProgramme("Kulturvenn", "3807", null, descriptions, null, null, null, null);
	}

	@Test
	@DisplayName("a programme may be described in any of the nine languages, and is read in the reader's")
	void nineLanguages() {
		Programme programme = describedIn(Map.of("nb", "Kulturvenn i Skien", "ti", "ባህላዊ ዓርኪ", "so",
				"Saaxiibka dhaqanka", "pl", "Kulturalny przyjaciel", "fa", "دوست فرهنگی", "uk", "Культурний друг", "nn",
				"Kulturven i Skien"))
			.validate("p1", "iss", "sub", Instant.EPOCH);
		assertThat(programme.descriptions()).hasSize(7);
		assertThat(programme.description("ti")).isEqualTo("ባህላዊ ዓርኪ");
	}

	@Test
	@DisplayName("a description in a language the site does not speak is refused")
	void unknownLanguage() {
		assertThatThrownBy(() -> describedIn(Map.of("xx", "?")).validate("p1", "iss", "sub", Instant.EPOCH))
			.isInstanceOf(HverdagException.InvalidInput.class);
	}

}
