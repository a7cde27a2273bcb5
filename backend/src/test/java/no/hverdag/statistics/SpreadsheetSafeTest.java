package no.hverdag.statistics;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetSafeTest {

	@ParameterizedTest
	@ValueSource(strings = { "=HYPERLINK(\"http://evil\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1" })
	@DisplayName("a cell that a spreadsheet would run as a formula gets a leading apostrophe")
	void formulasAreNeutralised(String text) {
		assertThat(SpreadsheetSafe.cell(text)).isEqualTo("'" + text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Oslo", "under 5", "12", "2026-11", "a=b", "Språkkafé" })
	@DisplayName("ordinary text is left as it is")
	void ordinaryTextStays(String text) {
		assertThat(SpreadsheetSafe.cell(text)).isEqualTo(text);
	}

}
