package no.hverdag.statistics;

import java.util.List;

/**
 * All the statistics for one scope: a municipality, a library, or the whole country.
 *
 * @param scope what the report covers
 * @param id the municipality's number or the library's id ({@code "NO"} for the country)
 * @param name the scope's name, to show
 * @param series the charts, in the order they are shown
 */
public record Report(Scope scope, String id, String name, List<Series> series) {

	public Report {
		series = List.copyOf(series);
	}

	/** What a report covers. */
	public enum Scope {

		MUNICIPALITY, LIBRARY, COUNTRY

	}

}
