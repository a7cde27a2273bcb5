package no.hverdag.activities.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueryTimesTest {

	private static final LocalDate THURSDAY = LocalDate.of(2026, 11, 26);

	private final QueryTimes times = new QueryTimes();

	private QueryTimes.When read(String query) {
		return this.times.read(Arrays.asList(query.split(" ")), THURSDAY);
	}

	@Test
	void weekdaysInManyLanguagesAndSpellings() {
		for (String query : List.of("fotball lørdag", "fotball lordag", "football on saturday", "футбол в субботу",
				"футбол у суботу", "كرة القدم السبت", "piłka nożna w sobotę", "kubadda cagta sabti", "fotball laurdag",
				"fotball lørdager")) {
			QueryTimes.When when = read(query);
			assertThat(when.weekdays()).as(query).isEqualTo(Set.of(DayOfWeek.SATURDAY));
			assertThat(when.rest()).as(query).doesNotContain("lørdag", "saturday", "субботу", "السبت");
		}
	}

	@Test
	void tonightIsTodaysEveningAndItsWordsLeaveTheText() {
		QueryTimes.When when = read("hva skjer i kveld");
		assertThat(when.dates()).containsExactly(THURSDAY);
		assertThat(when.evening()).isTrue();
		assertThat(when.rest()).containsExactly("hva", "skjer");
		assertThat(read("i morgen").dates()).containsExactly(THURSDAY.plusDays(1));
		assertThat(read("turar i helga").weekdays()).containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
		assertThat(read("курсы норвежского вечером").evening()).isTrue();
	}

	@Test
	void wordsThatOnlyBeginLikeADayAreNotOne() {
		assertThat(read("filmkveld").any()).isFalse();
		assertThat(read("søndagstur").any()).isFalse();
		assertThat(read("norsk på dagtid").daytime()).isTrue();
	}

}
