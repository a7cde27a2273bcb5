package no.hverdag.statistics;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CellTest {

	@Test
	@DisplayName("counts from 1 to 4 are suppressed; 0 and 5 or more are shown")
	void smallCountsAreSuppressed() {
		assertThat(new Cell(0).shown()).isZero();
		assertThat(new Cell(0).suppressed()).isFalse();
		for (long n = 1; n <= 4; n++) {
			assertThat(new Cell(n).suppressed()).as("count %d", n).isTrue();
			assertThat(new Cell(n).shown()).as("count %d", n).isNull();
		}
		assertThat(new Cell(5).suppressed()).isFalse();
		assertThat(new Cell(5).shown()).isEqualTo(5L);
		assertThat(new Cell(1234).shown()).isEqualTo(1234L);
	}

	@Test
	@DisplayName("a negative count is a bug, not a statistic")
	void noNegativeCounts() {
		assertThatThrownBy(() -> new Cell(-1)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	@DisplayName("rows are ordered by key, so suppressed rows do not give away which is larger")
	void orderedByKeyNotCount() {
		Series series = Series.of("topics", LabelKind.TOPIC, Map.of("knitting", 4L, "bike-repair", 1L, "cv", 9L));
		assertThat(series.rows()).extracting(Series.Row::key).containsExactly("bike-repair", "cv", "knitting");
		assertThat(series.rows()).extracting(row -> row.cell().suppressed()).containsExactly(true, false, true);
	}

	@Test
	@DisplayName("a chart is scaled to the largest shown count, never to a suppressed one")
	void scaleIgnoresSuppressed() {
		assertThat(Series.of("s", LabelKind.MONTH, Map.of("2026-11", 4L, "2026-12", 3L)).largestShown()).isZero();
		assertThat(Series.of("s", LabelKind.MONTH, Map.of("2026-11", 4L, "2026-12", 7L)).largestShown()).isEqualTo(7);
	}

	@Test
	@DisplayName("a tally counts months and hours in Norwegian time, and skips blanks")
	void tally() {
		Tally tally = new Tally().addMonth(Instant.parse("2026-11-30T23:30:00Z"))
			.addHour("18:00", 3)
			.add(" ")
			.add(null)
			.add("x", 0);
		assertThat(tally.counts()).containsOnly(Map.entry("2026-12", 1L), Map.entry("18", 3L));
	}

}
