package no.hverdag.statistics.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import no.hverdag.statistics.Cell;
import no.hverdag.statistics.LabelKind;
import no.hverdag.statistics.Report;
import no.hverdag.statistics.Series;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A report in the reader's language, laid out for the page: each series as a bar chart
 * (positions computed here, so the template only draws) and the rows of its table.
 */
@Component
class StatisticsLabels {

	static final int CHART_WIDTH = 640;

	static final int LABEL_WIDTH = 240;

	static final int BAR_HEIGHT = 24;

	static final int ROW_HEIGHT = 32;

	private final MessageSource messages;

	StatisticsLabels(MessageSource messages) {
		this.messages = messages;
	}

	/** One chart and its table. */
	record Chart(String name, String title, int height, List<Bar> bars) {
	}

	/**
	 * One row: its label, its count as shown ("under 5" when suppressed) and the bar's
	 * place; a suppressed row's bar is drawn short and hatched, never to scale.
	 */
	record Bar(String label, String shown, boolean suppressed, int y, int width, int textX) {
	}

	List<Chart> charts(Report report, Locale locale) {
		return report.series().stream().map(series -> chart(series, locale)).toList();
	}

	String title(Series series, Locale locale) {
		return this.messages.getMessage("statistics.chart." + series.name(), null, series.name(), locale);
	}

	String label(LabelKind kind, String key, Locale locale) {
		String messageKey = kind.messageKey(key);
		if (messageKey == null) {
			return key;
		}
		return this.messages.getMessage(messageKey, kind == LabelKind.HOUR ? new Object[] { key } : null, key, locale);
	}

	String shown(Cell cell, Locale locale) {
		return cell.suppressed() ? this.messages.getMessage("statistics.suppressed", null, locale)
				: String.valueOf(cell.count());
	}

	private Chart chart(Series series, Locale locale) {
		long largest = Math.max(1, series.largestShown());
		int room = CHART_WIDTH - LABEL_WIDTH - 80;
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < series.rows().size(); i++) {
			Series.Row row = series.rows().get(i);
			Cell cell = row.cell();
			int width = cell.suppressed() ? 12 : (int) Math.round(room * (double) cell.count() / largest);
			bars.add(new Bar(label(series.labels(), row.key(), locale), shown(cell, locale), cell.suppressed(),
					i * ROW_HEIGHT, width, LABEL_WIDTH + width + 6));
		}
		return new Chart(series.name(), title(series, locale), Math.max(ROW_HEIGHT, bars.size() * ROW_HEIGHT), bars);
	}

}
