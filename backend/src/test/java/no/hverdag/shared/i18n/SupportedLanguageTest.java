package no.hverdag.shared.i18n;

import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The supported languages")
class SupportedLanguageTest {

	@Test
	@DisplayName("are nine, each with its own name, and only Arabic and Persian run right to left")
	void nineWithTheirOwnNames() {
		assertThat(SupportedLanguage.values()).extracting(SupportedLanguage::code)
			.containsExactly("nb", "nn", "en", "ar", "uk", "so", "ti", "fa", "pl");
		assertThat(Arrays.stream(SupportedLanguage.values()).map(SupportedLanguage::ownName).distinct()).hasSize(9);
		assertThat(Arrays.stream(SupportedLanguage.values()).filter(SupportedLanguage::rightToLeft))
			.containsExactly(SupportedLanguage.AR, SupportedLanguage.FA);
		assertThat(SupportedLanguage.TI.ownName()).isEqualTo("ትግርኛ");
		assertThat(SupportedLanguage.FA.ownName()).isEqualTo("فارسی");
	}

	@Test
	@DisplayName("give a page its direction from the locale, and know right-to-left languages people write in")
	void directions() {
		assertThat(SupportedLanguage.dirOf(Locale.forLanguageTag("fa"))).isEqualTo("rtl");
		assertThat(SupportedLanguage.dirOf(Locale.forLanguageTag("ar"))).isEqualTo("rtl");
		assertThat(SupportedLanguage.dirOf(Locale.forLanguageTag("uk"))).isEqualTo("ltr");
		assertThat(SupportedLanguage.dirOf(null)).isEqualTo("ltr");
		assertThat(SupportedLanguage.rightToLeft("ckb")).isTrue();
		assertThat(SupportedLanguage.rightToLeft("ur")).isTrue();
		assertThat(SupportedLanguage.rightToLeft("ti")).isFalse();
		assertThat(SupportedLanguage.rightToLeft(null)).isFalse();
	}

	@Test
	@DisplayName("keep nynorsk apart from bokmål, and read 'no' as bokmål")
	void norwegian() {
		assertThat(SupportedLanguage.fromCode("nn")).contains(SupportedLanguage.NN);
		assertThat(SupportedLanguage.fromCode("no")).contains(SupportedLanguage.NB);
		assertThat(SupportedLanguage.of(Locale.forLanguageTag("nn-NO"))).isEqualTo(SupportedLanguage.NN);
		assertThat(SupportedLanguage.of(Locale.forLanguageTag("de"))).isEqualTo(SupportedLanguage.NB);
	}

}
