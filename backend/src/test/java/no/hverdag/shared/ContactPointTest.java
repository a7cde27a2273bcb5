package no.hverdag.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A contact point")
class ContactPointTest {

	@Test
	@DisplayName("may be an e-mail address")
	void email() {
		assertThat(ContactPoint.parse("kari.nordmann@example.no"))
			.contains(new ContactPoint("kari.nordmann@example.no"));
	}

	@Test
	@DisplayName("is an e-mail address without the blanks around it")
	void emailStripped() {
		assertThat(ContactPoint.parse("  kari@example.no \n")).contains(new ContactPoint("kari@example.no"));
	}

	@Test
	@DisplayName("may be an eight-digit Norwegian phone number")
	void phone() {
		assertThat(ContactPoint.parse("41234567")).contains(new ContactPoint("41234567"));
	}

	@Test
	@DisplayName("keeps only the digits of a phone number typed with spaces")
	void phoneWithSpaces() {
		assertThat(ContactPoint.parse("412 34 567")).contains(new ContactPoint("41234567"));
	}

	@Test
	@DisplayName("keeps the +47 country prefix of a phone number")
	void phoneWithCountryCode() {
		assertThat(ContactPoint.parse("+47 412 34 567")).contains(new ContactPoint("+4741234567"));
	}

	@ParameterizedTest(name = "\"{0}\"")
	@ValueSource(strings = { "hello", "call me maybe", "kari@", "@example.no", "kari@example", "kari @example.no",
			"4123abcd", "+47 four one two" })
	@DisplayName("is neither an e-mail address nor a phone number when it is garbage")
	void garbage(String typed) {
		assertThat(ContactPoint.parse(typed)).isEmpty();
	}

	@ParameterizedTest(name = "\"{0}\"")
	@ValueSource(strings = { "1234567", "412 34 56", "+47", "+4712" })
	@DisplayName("is not a phone number with fewer than eight digits")
	void tooShort(String typed) {
		assertThat(ContactPoint.parse(typed)).isEmpty();
	}

	@ParameterizedTest(name = "\"{0}\"")
	@NullAndEmptySource
	@ValueSource(strings = { " ", "  \t " })
	@DisplayName("is nothing when nothing was typed")
	void nullOrBlank(String typed) {
		assertThat(ContactPoint.parse(typed)).isEmpty();
	}

}
