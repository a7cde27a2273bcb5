package no.hverdag.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One chart's numbers: a name ({@code statistics.chart.<name>}), what its keys are, and
 * its rows. Rows are ordered by key, never by count, so that the order of suppressed rows
 * does not give away which of them is larger.
 */
public record Series(String name, LabelKind labels, List<Row> rows) {

	public Series {
		rows = List.copyOf(rows);
	}

	/** One key and its (possibly suppressed) count. */
	public record Row(String key, Cell cell) {
	}

	public static Series of(String name, LabelKind labels, Map<String, Long> counts) {
		List<Row> rows = new ArrayList<>();
		new TreeMap<>(counts).forEach((key, count) -> rows.add(new Row(key, new Cell(count))));
		return new Series(name, labels, rows);
	}

	/**
	 * The largest count that is shown, to scale a chart; suppressed counts never set it.
	 */
	public long largestShown() {
		return this.rows.stream()
			.map(row -> row.cell().shown())
			.filter(c -> c != null)
			.mapToLong(Long::longValue)
			.max()
			.orElse(0);
	}

}
