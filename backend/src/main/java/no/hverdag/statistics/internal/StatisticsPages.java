package no.hverdag.statistics.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import no.hverdag.shared.security.CurrentActor;
import no.hverdag.shared.web.PageController;
import no.hverdag.statistics.Report;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The statistics pages: a choice of what the person may see, then a report as charts
 * (drawn on the server by JFreeChart as SVG, no script) each with its table, and the same
 * as a CSV file. Who may see what is decided in {@link StatisticsReading}.
 */
@PageController
class StatisticsPages {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final StatisticsReading reading;

	private final StatisticsLabels labels;

	private final ReportCsv csv;

	private final BarCharts charts;

	StatisticsPages(StatisticsReading reading, StatisticsLabels labels, ReportCsv csv, BarCharts charts) {
		this.reading = reading;
		this.labels = labels;
		this.csv = csv;
		this.charts = charts;
	}

	@GetMapping("/statistics")
	Mono<String> choose(Model model) {
		return CurrentActor.required().flatMap(this.reading::choicesFor).map(choices -> {
			model.addAttribute("choices", choices);
			return "statistics/index";
		});
	}

	@GetMapping("/statistics/municipalities/{number}")
	Mono<String> municipality(@PathVariable String number, Model model, Locale locale) {
		return CurrentActor.required()
			.flatMap(actor -> this.reading.municipalityFor(actor, number))
			.flatMap(report -> page(report, "/municipalities/" + number, model, locale));
	}

	@GetMapping("/statistics/libraries/{libraryId}")
	Mono<String> library(@PathVariable String libraryId, Model model, Locale locale) {
		return CurrentActor.required()
			.flatMap(actor -> this.reading.libraryFor(actor, libraryId))
			.flatMap(report -> page(report, "/libraries/" + libraryId, model, locale));
	}

	@GetMapping("/statistics/country")
	Mono<String> country(Model model, Locale locale) {
		return CurrentActor.required()
			.flatMap(this.reading::countryFor)
			.flatMap(report -> page(report, "/country", model, locale));
	}

	@GetMapping("/statistics/municipalities/{number}/export.csv")
	Mono<ResponseEntity<String>> municipalityCsv(@PathVariable String number, Locale locale) {
		return CurrentActor.required()
			.flatMap(actor -> this.reading.municipalityFor(actor, number))
			.map(report -> file(report, "hverdag-statistikk-" + number + ".csv", locale));
	}

	@GetMapping("/statistics/libraries/{libraryId}/export.csv")
	Mono<ResponseEntity<String>> libraryCsv(@PathVariable String libraryId, Locale locale) {
		return CurrentActor.required()
			.flatMap(actor -> this.reading.libraryFor(actor, libraryId))
			.map(report -> file(report, "hverdag-statistikk-" + libraryId + ".csv", locale));
	}

	@GetMapping("/statistics/country/export.csv")
	Mono<ResponseEntity<String>> countryCsv(Locale locale) {
		return CurrentActor.required()
			.flatMap(this.reading::countryFor)
			.map(report -> file(report, "hverdag-statistikk-norge.csv", locale));
	}

	private Mono<String> page(Report report, String path, Model model, Locale locale) {
		return Flux.fromIterable(this.labels.charts(report, locale))
			.concatMap(chart -> chart.bars().isEmpty() ? Mono.just(new Drawn(chart, ""))
					: this.charts.svg(chart, locale).map(svg -> new Drawn(chart, svg)))
			.collectList()
			.map(drawn -> {
				model.addAttribute("report", report);
				model.addAttribute("charts", drawn);
				model.addAttribute("csvHref", "/statistics" + path + "/export.csv");
				model.addAttribute("apiHref", "/api/v1/statistics" + path);
				return "statistics/report";
			});
	}

	/** A chart with its SVG, drawn by {@link BarCharts} (empty when it has no rows). */
	record Drawn(StatisticsLabels.Chart chart, String svg) {
	}

	private ResponseEntity<String> file(Report report, String name, Locale locale) {
		return ResponseEntity.ok()
			.contentType(CSV)
			.cacheControl(CacheControl.noStore())
			.header("Content-Disposition", ContentDisposition.attachment().filename(name).build().toString())
			.body(this.csv.write(report, locale));
	}

}
