package no.hverdag.activities.internal;

import java.util.List;
import java.util.Map;

import no.hverdag.municipalities.Municipality;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The search form's municipality options, written without the template. */
class MunicipalityOptionsTest {

	private static final List<Municipality> ALL = List.of(
			new Municipality("1804", "Bodø", List.of(), "18", "Nordland", 67.28, 14.40),
			new Municipality("1515", "Herøy", List.of(), "15", "Møre og Romsdal", 62.3, 5.6),
			new Municipality("9999", "<Test & \"kommune\">", List.of(), "99", "Ingen", 60, 10));

	@Test
	@DisplayName("each municipality with its county, the count where the search finds listings, the chosen one selected")
	void countsAndChoice() {
		String html = MunicipalityOptions.html(ALL, Map.of("1804", 3L), "1515");
		assertThat(html).isEqualTo("<option value=\"1804\">Bodø (Nordland) (3)</option>"
				+ "<option value=\"1515\" selected=\"selected\">Herøy (Møre og Romsdal)</option>"
				+ "<option value=\"9999\">&lt;Test &amp; &quot;kommune&quot;&gt; (Ingen)</option>");
	}

	@Test
	@DisplayName("no counts and no choice: plain names, nothing selected")
	void plain() {
		assertThat(MunicipalityOptions.html(ALL.subList(0, 1), null, null))
			.isEqualTo("<option value=\"1804\">Bodø (Nordland)</option>");
	}

}
