package no.hverdag.statistics.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import no.hverdag.statistics.Cell;
import no.hverdag.statistics.Report;
import no.hverdag.statistics.Series;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The open statistics API: anonymous counts for anyone, the same numbers coordinators and
 * libraries see, with every count from 1 to 4 suppressed ({@code count} is then
 * {@code null} and {@code suppressed} true). The true count never leaves the module.
 */
@RestController
class StatisticsApi {

	private final StatisticsReading reading;

	StatisticsApi(StatisticsReading reading) {
		this.reading = reading;
	}

	/** A report as JSON. */
	record StatisticsResponse(String scope, String id, String name, int smallestCountShown,
			List<SeriesResponse> series) {

		static StatisticsResponse of(Report report) {
			return new StatisticsResponse(report.scope().name(), report.id(), report.name(), Cell.MINIMUM_SHOWN,
					report.series().stream().map(SeriesResponse::of).toList());
		}

	}

	/** One chart's numbers; {@code labels} says what the keys are. */
	record SeriesResponse(String name, String labels, List<RowResponse> rows) {

		static SeriesResponse of(Series series) {
			return new SeriesResponse(series.name(), series.labels().name(),
					series.rows()
						.stream()
						.map(row -> new RowResponse(row.key(), row.cell().shown(), row.cell().suppressed()))
						.toList());
		}

	}

	/** One key: its count, or {@code null} with {@code suppressed} when it is 1 to 4. */
	record RowResponse(String key, Long count, boolean suppressed) {
	}

	@Operation(summary = "Anonymous statistics for one municipality",
			description = "Organisations by status, activities by kind and language, sign-ups, waiting lists and "
					+ "cancellations per month, and the municipality's libraries: people borrowed per topic, "
					+ "bookings by hour, check-ins and no-shows per month. Counts from 1 to 4 are suppressed.")
	@GetMapping("/api/v1/statistics/municipalities/{number}")
	Mono<StatisticsResponse> municipality(@Parameter(
			description = "Municipality number, 4 digits (0301 Oslo, 1804 Bodø)") @PathVariable String number) {
		return this.reading.municipality(number).map(StatisticsResponse::of);
	}

	@Operation(summary = "Anonymous statistics for one library",
			description = "People borrowed per topic, bookings by hour, check-ins and no-shows per month. "
					+ "Counts from 1 to 4 are suppressed.")
	@GetMapping("/api/v1/statistics/libraries/{id}")
	Mono<StatisticsResponse> library(@PathVariable String id) {
		return this.reading.library(id).map(StatisticsResponse::of);
	}

	@Operation(summary = "Anonymous statistics for the whole country",
			description = "The municipal statistics summed over every municipality, and activities per "
					+ "municipality. Counts from 1 to 4 are suppressed.")
	@GetMapping("/api/v1/statistics/country")
	Mono<StatisticsResponse> country() {
		return this.reading.country().map(StatisticsResponse::of);
	}

}
