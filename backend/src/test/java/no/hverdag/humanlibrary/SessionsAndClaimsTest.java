package no.hverdag.humanlibrary;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import no.hverdag.shared.HverdagException.FieldProblem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of sessions, offers and overlap claims, without Spring. */
class SessionsAndClaimsTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

	@Test
	@DisplayName("Tuesdays 16:00–18:00 in 30-minute slots are four slots, on every Tuesday of the fortnight")
	void weeklySlots() {
		Session session = new Session.Form("p", "WEEKLY", "TUESDAY", null, "16:00", "18:00", "30", "Rom 1")
			.toSession("s", "lib");
		assertThat(session.slotStarts()).containsExactly(LocalTime.of(16, 0), LocalTime.of(16, 30), LocalTime.of(17, 0),
				LocalTime.of(17, 30));
		assertThat(session.daysBetween(TODAY, TODAY.plusDays(14)).toList())
			.containsExactly(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 8))
			.allMatch(day -> day.getDayOfWeek() == DayOfWeek.TUESDAY);
	}

	@Test
	@DisplayName("a slot that would run past the session's end is not planned")
	void lastSlotFits() {
		Session session = new Session.Form("p", "ONE_OFF", null, "2026-11-27", "10:00", "11:15", "30", "Rom 1")
			.toSession("s", "lib");
		assertThat(session.slotStarts()).containsExactly(LocalTime.of(10, 0), LocalTime.of(10, 30));
		assertThat(session.daysBetween(TODAY, TODAY.plusDays(14)).toList()).containsExactly(TODAY.plusDays(1));
	}

	@Test
	@DisplayName("a session form with a past date, times off the quarter hour, a too long slot and no room names each field")
	void badSession() {
		List<FieldProblem> problems = new Session.Form("p", "ONE_OFF", null, "2026-11-01", "10:10", "11:00", "90", " ")
			.problems(TODAY);
		assertThat(problems).extracting(FieldProblem::field).containsExactly("date", "start", "room");
		assertThat(new Session.Form("p", "WEEKLY", "TUESDAY", null, "10:00", "11:00", "90", "Rom").problems(TODAY))
			.extracting(FieldProblem::field)
			.containsExactly("slotMinutes");
		assertThat(new Session.Form("p", "WEEKLY", "FUNDAY", null, "10:00", "11:00", "30", "Rom").problems(TODAY))
			.extracting(FieldProblem::field)
			.containsExactly("dayOfWeek");
	}

	@Test
	@DisplayName("an offer needs a topic (from the list or in own words), a language, a presentation and a library")
	void offerForm() {
		assertThat(new VolunteerOffer.Form("Kari", List.of(), "Fuglekikking", List.of("no"), "Hei", List.of("lib"), "")
			.problems()).isEmpty();
		assertThat(
				new VolunteerOffer.Form(" ", List.of("astrology"), "", List.of("xx"), "", List.of(), "abc").problems())
			.extracting(FieldProblem::field)
			.containsExactly("firstName", "topics", "languages", "presentation", "libraries", "contact");
	}

	@Test
	@DisplayName("a slot claims every quarter hour it covers; slots that only touch share none")
	void claims() {
		Slot eleven = slot(LocalTime.of(11, 0), 45);
		Slot elevenThirty = slot(LocalTime.of(11, 30), 30);
		Slot noon = slot(LocalTime.of(11, 45), 15);
		assertThat(ContactClaims.keys("+4790000000", eleven)).containsExactly("+4790000000|2026-11-27|11:00",
				"+4790000000|2026-11-27|11:15", "+4790000000|2026-11-27|11:30");
		assertThat(ContactClaims.keys("90000000", elevenThirty))
			.containsAnyElementsOf(ContactClaims.keys("+4790000000", eleven));
		assertThat(ContactClaims.keys("0047" + "90000000", noon))
			.doesNotContainAnyElementsOf(ContactClaims.keys("+4790000000", eleven));
		assertThat(ContactClaims.keys("late@example.no", slot(LocalTime.of(23, 30), 60))).hasSize(2);
	}

	private static Slot slot(LocalTime start, int minutes) {
		return new Slot("id", "lib", "p", "Kari", List.of(), List.of(), TODAY.plusDays(1), start, minutes, 1, 1, null,
				false);
	}

}
