package no.hverdag.statistics.internal;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import no.hverdag.shared.i18n.LocalForms;
import no.hverdag.shared.i18n.SupportedLanguage;
import no.hverdag.statistics.Cell;
import no.hverdag.statistics.LabelKind;
import no.hverdag.statistics.Report;
import no.hverdag.statistics.Series;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A report in the reader's language, laid out for the page: each series as a chart's
 * title, description and rows, drawn by {@link BarCharts} and listed in its table.
 */
@Component
class StatisticsLabels {

	private final MessageSource messages;

	StatisticsLabels(MessageSource messages) {
		this.messages = messages;
	}

	/** One chart and its table, in one language. */
	record Chart(String name, String title, String description, boolean rightToLeft, List<Bar> bars) {

		Chart {
			bars = List.copyOf(bars);
		}

	}

	/**
	 * One row: its label, its count ({@code null} when suppressed, so that it cannot be
	 * plotted) and the count as the page writes it ("under 5" when suppressed).
	 */
	record Bar(String label, Long value, String shown, boolean suppressed) {
	}

	List<Chart> charts(Report report, Locale locale) {
		return report.series().stream().map(series -> chart(series, locale)).toList();
	}

	String title(Series series, Locale locale) {
		return this.messages.getMessage("statistics.chart." + series.name(), null, series.name(), locale);
	}

	String label(LabelKind kind, String key, Locale locale) {
		if (kind == LabelKind.MONTH) {
			return month(key, locale);
		}
		String messageKey = kind.messageKey(key);
		if (messageKey == null) {
			return key;
		}
		return this.messages.getMessage(messageKey, kind == LabelKind.HOUR ? new Object[] { key } : null, key, locale);
	}

	/** A count for a file: digits only, or "under 5". */
	String shown(Cell cell, Locale locale) {
		return cell.suppressed() ? suppressed(locale) : String.valueOf(cell.count());
	}

	/** A count for a page: grouped as the language groups digits, or "under 5". */
	String written(Cell cell, Locale locale) {
		return cell.suppressed() ? suppressed(locale) : LocalForms.number(cell.count(), 0, locale);
	}

	private String suppressed(Locale locale) {
		return this.messages.getMessage("statistics.suppressed", null, locale);
	}

	/** "desember 2026" for 2026-12; a key that is not a month is shown as it is. */
	private static String month(String key, Locale locale) {
		try {
			return LocalForms.monthYear(YearMonth.parse(key), locale);
		}
		catch (DateTimeParseException notAMonth) {
			return key;
		}
	}

	private Chart chart(Series series, Locale locale) {
		List<Bar> bars = new ArrayList<>();
		for (Series.Row row : series.rows()) {
			Cell cell = row.cell();
			bars.add(new Bar(label(series.labels(), row.key(), locale), cell.shown(), written(cell, locale),
					cell.suppressed()));
		}
		String title = title(series, locale);
		return new Chart(series.name(), title,
				this.messages.getMessage("statistics.chartDescription", new Object[] { title }, locale),
				SupportedLanguage.of(locale).rightToLeft(), bars);
	}

}
