package no.hverdag.statistics.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import no.hverdag.statistics.LabelKind;
import no.hverdag.statistics.Report;
import no.hverdag.statistics.Series;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The charts JFreeChart draws: the shown counts and the labels in the reader's language
 * as SVG text, a bar for each shown count and none for a suppressed one, an accessible
 * name, and right to left in Persian.
 */
class BarChartsTest {

	private static final Locale NB = Locale.forLanguageTag("nb");

	private static final Locale FA = Locale.forLanguageTag("fa");

	/** The bar colour as JFreeSVG writes it. */
	private static final Pattern BAR = Pattern.compile("<rect[^>]* fill=\"rgb\\(11,83,148\\)\"");

	private final StatisticsLabels labels = new StatisticsLabels(bundles());

	private final BarCharts charts = new BarCharts();

	private static ResourceBundleMessageSource bundles() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/messages");
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	private StatisticsLabels.Chart languages(Locale locale) {
		Report report = new Report(Report.Scope.MUNICIPALITY, "0301", "Oslo", List
			.of(Series.of("activitiesByLanguage", LabelKind.LANGUAGE, Map.of("ar", 1234L, "fa", 3L, "pl", 7L))));
		return this.labels.charts(report, locale).get(0);
	}

	@Test
	@DisplayName("in bokmål: the shown counts and the language names as text, one bar per shown count, none for the suppressed one")
	void bokmal() {
		StatisticsLabels.Chart chart = languages(NB);
		String svg = this.charts.draw(chart, NB);

		assertThat(svg).startsWith("<svg ")
			.contains("role=\"img\"")
			.contains("aria-labelledby=\"chart-activitiesByLanguage-title\"");
		assertThat(svg)
			.contains("<title id=\"chart-activitiesByLanguage-title\">Aktiviteter etter språk som snakkes</title>");
		assertThat(svg).contains("Tallene står i tabellen under.");
		assertThat(svg).contains(">Arabisk<").contains(">Polsk<").contains(">Persisk");
		// Counts as LocalForms writes them: bokmål groups thousands with a space.
		assertThat(svg).contains(">1\u00a0234<").contains(">7<");
		assertThat(svg).contains(">under 5<");
		assertThat(svg).doesNotContain(">3<");
		assertThat(BAR.matcher(svg).results().count())
			.as("a bar for Arabisk and Polsk, none for the suppressed Persisk")
			.isEqualTo(2);
		assertThat(svg).as("text stays text in the page's fonts").contains("<text").doesNotContain("font-family");
		assertThat(svg).as("no style attributes: the Content Security Policy would ignore them")
			.doesNotContain(" style=");
		assertThat(chart.bars()).extracting(StatisticsLabels.Bar::value).containsExactly(1234L, null, 7L);
	}

	@Test
	@DisplayName("in Persian: the names in Persian script, \"under 5\" in Persian, Latin digits, right to left")
	void persian() {
		StatisticsLabels.Chart chart = languages(FA);
		assertThat(chart.rightToLeft()).isTrue();
		String svg = this.charts.draw(chart, FA);

		assertThat(svg).contains("فعالیت‌ها بر اساس زبان گفتگو");
		assertThat(svg).contains("فارسی").contains("کمتر از 5");
		assertThat(svg).contains(">1,234<").doesNotContain(">3<").doesNotContain("۱");
		assertThat(BAR.matcher(svg).results().count()).isEqualTo(2);
		// The labels are isolated right to left inside the left-to-right drawing.
		assertThat(svg).contains("\u2067").contains("direction=\"ltr\"");
	}

	@Test
	@DisplayName("months are named in the reader's language, and a label cannot break out of the SVG")
	void monthsAndEscaping() {
		Report report = new Report(Report.Scope.COUNTRY, "NO", null,
				List.of(Series.of("signUpsByMonth", LabelKind.MONTH, Map.of("2026-12", 9L)),
						Series.of("activitiesByMunicipality", LabelKind.NAME, Map.of("<script>x</script>", 6L))));
		List<StatisticsLabels.Chart> charts = this.labels.charts(report, NB);
		assertThat(this.charts.draw(charts.get(0), NB)).contains("desember 2026");
		assertThat(this.charts.draw(charts.get(1), NB)).doesNotContain("<script>").contains("&lt;script&gt;");
	}

	@Test
	@DisplayName("a chart whose counts are all suppressed has an axis from 0, no negative ticks, and no bar")
	void allSuppressed() {
		Report report = new Report(Report.Scope.MUNICIPALITY, "0301", "Oslo",
				List.of(Series.of("organisations", LabelKind.STATUS, Map.of("APPROVED", 2L, "PENDING", 1L))));
		String svg = this.charts.draw(this.labels.charts(report, NB).get(0), NB);
		assertThat(svg).contains(">0<").contains(">5<").doesNotContain(">-").doesNotContain(">\u2212");
		assertThat(BAR.matcher(svg).results().count()).isZero();
	}

	@Test
	@DisplayName("drawn off the event loop, on the charts scheduler")
	void drawsOnItsOwnScheduler() {
		StepVerifier.create(this.charts.svg(languages(NB), NB))
			.assertNext(svg -> assertThat(svg).contains("Aktiviteter etter språk som snakkes"))
			.verifyComplete();
		this.charts.stop();
	}

}
