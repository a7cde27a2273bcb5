package no.hverdag.booking;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BookingCoreRulesTest {

	static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 26, 9, 0);

	static final LocalDate TODAY = NOW.toLocalDate();

	static List<String> reasons(Admission admission) {
		return admission instanceof Admission.Refused refused
				? refused.reasons().stream().map(Admission.Refusal::messageKey).toList() : List.of();
	}

	@Test
	@DisplayName("a room for two hours next Tuesday, weekly for ten weeks, is admitted")
	void weeklyRoom() {
		List<Period> periods = Period.of(LocalDate.of(2026, 12, 1), LocalTime.of(18, 0), LocalTime.of(20, 0))
			.weekly(10);
		assertThat(BookingRules.ROOMS.admitTimes(periods, NOW)).isEqualTo(Admission.ADMITTED);
		assertThat(periods).hasSize(10);
		assertThat(periods.get(9).start()).isEqualTo(LocalDateTime.of(2027, 2, 2, 18, 0));
	}

	@Test
	@DisplayName("a period that started before now is refused as past")
	void past() {
		Period yesterday = Period.of(TODAY.minusDays(1), LocalTime.of(18, 0), LocalTime.of(19, 0));
		assertThat(reasons(BookingRules.ROOMS.admitTimes(List.of(yesterday), NOW))).contains("booking.error.past");
	}

	@Test
	@DisplayName("times off the quarter hour, too long, too many weeks are each named")
	void shapes() {
		Period odd = Period.of(TODAY.plusDays(1), LocalTime.of(18, 5), LocalTime.of(19, 0));
		assertThat(reasons(BookingRules.ROOMS.admitTimes(List.of(odd), NOW))).contains("booking.error.quarterHours");
		Period nineHours = Period.of(TODAY.plusDays(1), LocalTime.of(9, 0), LocalTime.of(18, 0));
		assertThat(reasons(BookingRules.ROOMS.admitTimes(List.of(nineHours), NOW))).contains("booking.error.tooLong");
		Period ok = Period.of(TODAY.plusDays(1), LocalTime.of(18, 0), LocalTime.of(19, 0));
		assertThat(reasons(BookingRules.ROOMS.admitTimes(ok.weekly(41), NOW))).contains("booking.error.tooManyWeeks");
	}

	@Test
	@DisplayName("periods of one request that overlap each other are refused")
	void selfOverlap() {
		Period a = Period.of(TODAY.plusDays(1), LocalTime.of(18, 0), LocalTime.of(20, 0));
		Period b = Period.of(TODAY.plusDays(1), LocalTime.of(19, 0), LocalTime.of(21, 0));
		assertThat(reasons(BookingRules.ROOMS.admitTimes(List.of(a, b), NOW))).contains("booking.error.selfOverlap");
	}

	@Test
	@DisplayName("equipment: inside the reserve window and the longest loan, not more than exist")
	void equipment() {
		BookingRules bua = new BookingRules(2, 14, 7, 0, 0);
		assertThat(bua.admitDays(new DayRange(TODAY.plusDays(3), TODAY.plusDays(9)), 2, 5, TODAY))
			.isEqualTo(Admission.ADMITTED);
		assertThat(reasons(bua.admitDays(new DayRange(TODAY.plusDays(1), TODAY.plusDays(2)), 1, 5, TODAY)))
			.containsExactly("booking.error.tooSoon");
		assertThat(reasons(bua.admitDays(new DayRange(TODAY.plusDays(15), TODAY.plusDays(16)), 1, 5, TODAY)))
			.containsExactly("booking.error.tooFarAhead");
		assertThat(reasons(bua.admitDays(new DayRange(TODAY.plusDays(3), TODAY.plusDays(10)), 1, 5, TODAY)))
			.containsExactly("booking.error.tooLong");
		assertThat(reasons(bua.admitDays(new DayRange(TODAY.plusDays(3), TODAY.plusDays(4)), 6, 5, TODAY)))
			.containsExactly("booking.error.moreThanExist");
		assertThat(reasons(bua.admitDays(new DayRange(TODAY.minusDays(1), TODAY.plusDays(1)), 1, 5, TODAY)))
			.containsExactly("booking.error.past");
	}

	@Test
	@DisplayName("a period covers its quarter hours, and overlap is half-open")
	void quarters() {
		Period p = Period.of(TODAY, LocalTime.of(18, 0), LocalTime.of(19, 0));
		assertThat(p.quarterHours()).hasSize(4);
		assertThat(p.overlaps(Period.of(TODAY, LocalTime.of(19, 0), LocalTime.of(20, 0)))).isFalse();
		assertThat(p.overlaps(Period.of(TODAY, LocalTime.of(18, 45), LocalTime.of(20, 0)))).isTrue();
	}

}
