package no.hverdag.statistics.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import no.hverdag.statistics.LabelKind;
import no.hverdag.statistics.Report;
import no.hverdag.statistics.Series;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReportCsvTest {

	private final StaticMessageSource messages = new StaticMessageSource();

	private final ReportCsv csv;

	ReportCsvTest() {
		Locale nb = Locale.forLanguageTag("nb");
		this.messages.addMessage("statistics.column.chart", nb, "Graf");
		this.messages.addMessage("statistics.column.label", nb, "Hva");
		this.messages.addMessage("statistics.column.count", nb, "Antall");
		this.messages.addMessage("statistics.suppressed", nb, "under 5");
		this.messages.addMessage("statistics.chart.activitiesByMunicipality", nb, "Aktiviteter etter kommune");
		this.messages.addMessage("statistics.chart.organisations", nb, "Organisasjoner");
		this.messages.addMessage("statistics.label.PENDING", nb, "Venter, \"snart\"");
		this.csv = new ReportCsv(new StatisticsLabels(this.messages), this.messages);
	}

	@Test
	@DisplayName("the file names everything in the reader's language, suppresses small counts, quotes and neutralises formulas")
	void writesASafeFile() {
		Report report = new Report(Report.Scope.COUNTRY, "NO", null,
				List.of(Series.of("organisations", LabelKind.STATUS, Map.of("PENDING", 3L)),
						Series.of("activitiesByMunicipality", LabelKind.NAME,
								Map.of("=HYPERLINK(\"http://evil\")", 7L, "Oslo", 12L))));
		String file = this.csv.write(report, Locale.forLanguageTag("nb"));
		assertThat(file).startsWith("\uFEFFGraf,Hva,Antall\n");
		assertThat(file).contains("Organisasjoner,\"Venter, \"\"snart\"\"\",\"under 5\"\n");
		assertThat(file).contains("\"Aktiviteter etter kommune\",\"'=HYPERLINK(\"\"http://evil\"\")\",7\n");
		assertThat(file).contains("\"Aktiviteter etter kommune\",Oslo,12\n");
		assertThat(file).doesNotContain(",3\n");
	}

}
