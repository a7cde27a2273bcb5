package no.hverdag.buddies;

import java.time.Instant;
import java.util.List;

import no.hverdag.shared.HverdagException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What an enrolment must say, and what it may leave out. */
class EnrolmentRequestTest {

	static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");

	@Test
	@DisplayName("a newcomer needs only side, name, contact, a language, age band and a free time; gender and life situation are optional")
	void minimal() {
		Enrolment e = request("NEWCOMER", List.of("ar"), null, false, null, false).validate("id", "p", "4003", 3, "iss",
				"sub", "ar", NOW);
		assertThat(e.status()).isEqualTo(Enrolment.EnrolmentStatus.APPROVED);
		assertThat(e.gender()).isNull();
		assertThat(e.lifeSituation()).isNull();
		assertThat(e.place().municipality()).isEqualTo("4003");
	}

	@Test
	@DisplayName("a local waits for the coordinator and must accept the terms")
	void local() {
		assertThatThrownBy(() -> request("LOCAL", List.of("en"), null, false, null, false).validate("id", "p", "4003",
				3, "iss", "sub", "nb", NOW))
			.isInstanceOfSatisfying(HverdagException.InvalidInput.class,
					e -> assertThat(e.fieldProblems()).extracting(HverdagException.FieldProblem::field)
						.containsExactly("acceptTerms"));
		Enrolment e = request("LOCAL", List.of("en"), null, false, null, true).validate("id", "p", "4003", 3, "iss",
				"sub", "nb", NOW);
		assertThat(e.status()).isEqualTo(Enrolment.EnrolmentStatus.AWAITING_APPROVAL);
	}

	@Test
	@DisplayName("an unknown language, an impossible wish and an unknown wish language are each named")
	void refusals() {
		assertThatThrownBy(() -> request("NEWCOMER", List.of("xx"), null, true, "zz", false).validate("id", "p", "4003",
				3, "iss", "sub", "nb", NOW))
			.isInstanceOfSatisfying(HverdagException.InvalidInput.class,
					e -> assertThat(e.fieldProblems()).containsExactly(
							new HverdagException.FieldProblem("languages", "buddies.error.language"),
							new HverdagException.FieldProblem("languages", "buddies.error.noLanguage"),
							new HverdagException.FieldProblem("wishSameGender", "buddies.error.wishGender"),
							new HverdagException.FieldProblem("wishSpeaks", "buddies.error.language")));
	}

	private static EnrolmentRequest request(String side, List<String> languages, String gender, boolean sameGender,
			String speaks, boolean terms) {
		return new EnrolmentRequest(side, "Nour", "nour@example.no", languages, "BEGINNER", null, null, null, null,
				List.of("FOOTBALL"), null, "AGE_26_35", gender, List.of("MONDAY_EVENING"), sameGender, false, speaks,
				null, null, 1, terms);
	}

}
