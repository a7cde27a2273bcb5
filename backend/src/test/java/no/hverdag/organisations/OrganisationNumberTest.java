package no.hverdag.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.stream.IntStream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("An organisation number")
class OrganisationNumberTest {

	@ParameterizedTest(name = "{0}")
	// 974760673: a real, registered number. 923123458 and 987654325: check digits
	// computed by hand
	// (sums 157 and 126). 900000030: sum 33, remainder 0, so the check digit is 0, not
	// 11.
	@ValueSource(strings = { "974760673", "923123458", "987654325", "900000030" })
	@DisplayName("is valid when its ninth digit is the MOD11 check digit of the first eight")
	void validNumbers(String number) {
		assertThat(OrganisationNumber.isValid(number)).isTrue();
		assertThat(new OrganisationNumber(number).value()).isEqualTo(number);
	}

	@Test
	@DisplayName("may be typed with spaces in groups of three")
	void spacesAreAllowed() {
		assertThat(OrganisationNumber.isValid("974 760 673")).isTrue();
		assertThat(OrganisationNumber.isValid(" 974760673 ")).isTrue();
	}

	@Test
	@DisplayName("is stored without the spaces it was typed with")
	void parseNormalises() {
		assertThat(OrganisationNumber.parse("974 760 673").value()).isEqualTo("974760673");
		assertThat(OrganisationNumber.parse("974 760 673")).isEqualTo(new OrganisationNumber("974760673"));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "974760670", "974760672", "974760674", "974760679", "923123457", "900000031" })
	@DisplayName("is invalid when the check digit is wrong")
	void wrongCheckDigit(String number) {
		assertThat(OrganisationNumber.isValid(number)).isFalse();
	}

	@ParameterizedTest(name = "\"{0}\"")
	@ValueSource(strings = { "97476067", "9747606730", "97476067 3 0", "12345678" })
	@DisplayName("must have exactly nine digits")
	void wrongLength(String number) {
		assertThat(OrganisationNumber.isValid(number)).isFalse();
	}

	@ParameterizedTest(name = "\"{0}\"")
	@ValueSource(strings = { "97476067A", "NO974760673", "974-760-673", "974.760.673", "abcdefghi", "９７４７６０６７３" })
	@DisplayName("consists of digits and spaces only")
	void lettersAndPunctuation(String number) {
		assertThat(OrganisationNumber.isValid(number)).isFalse();
	}

	@ParameterizedTest(name = "\"{0}\"")
	@NullAndEmptySource
	@ValueSource(strings = { " ", "   ", "\t" })
	@DisplayName("is not valid when missing or blank")
	void nullOrBlank(String number) {
		assertThat(OrganisationNumber.isValid(number)).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> new OrganisationNumber(number));
	}

	@Test
	@DisplayName("is never valid when the first eight digits would need the check digit 10")
	void checkDigitTenIsInvalid() {
		// 3*9 + 2*1 + 7*2 + 6*3 + 5*4 + 4*5 + 3*6 + 2*7 = 133, 133 % 11 = 1, 11 - 1 = 10
		IntStream.rangeClosed(0, 9)
			.mapToObj(last -> "91234567" + last)
			.forEach(number -> assertThat(OrganisationNumber.isValid(number)).as(number).isFalse());
	}

	@ParameterizedTest(name = "\"{0}\"")
	@ValueSource(strings = { "974760674", "97476067", "97476067A", "912345670" })
	@DisplayName("cannot be created from an invalid value")
	void constructorRejectsInvalid(String number) {
		assertThatIllegalArgumentException().isThrownBy(() -> new OrganisationNumber(number));
		assertThatIllegalArgumentException().isThrownBy(() -> OrganisationNumber.parse(number));
	}

}
