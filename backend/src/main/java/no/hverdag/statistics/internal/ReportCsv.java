package no.hverdag.statistics.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import no.hverdag.statistics.Report;
import no.hverdag.statistics.Series;
import no.hverdag.statistics.SpreadsheetSafe;
import tools.jackson.dataformat.csv.CsvMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A report as a CSV file in the reader's language (chart, label, count), quoted by
 * Jackson's CSV writer, every cell made spreadsheet-safe, with a byte order mark so that
 * spreadsheets read the letters æ, ø, å and Arabic right.
 */
@Component
class ReportCsv {

	private static final CsvMapper CSV = CsvMapper.builder().build();

	private final StatisticsLabels labels;

	private final MessageSource messages;

	ReportCsv(StatisticsLabels labels, MessageSource messages) {
		this.labels = labels;
		this.messages = messages;
	}

	String write(Report report, Locale locale) {
		List<String[]> rows = new ArrayList<>();
		rows.add(new String[] { message("statistics.column.chart", locale), message("statistics.column.label", locale),
				message("statistics.column.count", locale) });
		for (Series series : report.series()) {
			String title = this.labels.title(series, locale);
			for (Series.Row row : series.rows()) {
				rows.add(new String[] { title, this.labels.label(series.labels(), row.key(), locale),
						this.labels.shown(row.cell(), locale) });
			}
		}
		String[][] safe = rows.stream()
			.map(row -> Arrays.stream(row).map(SpreadsheetSafe::cell).toArray(String[]::new))
			.toArray(String[][]::new);
		return "\uFEFF" + CSV.writeValueAsString(safe);
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
