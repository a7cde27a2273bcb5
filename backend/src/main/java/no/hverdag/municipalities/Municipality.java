package no.hverdag.municipalities;

import java.util.List;

/**
 * A Norwegian municipality. The point is a representative interior point, not the town
 * hall: good for maps and coarse distance only.
 */
public record Municipality(String number, String name, List<String> otherNames, String countyNumber, String countyName,
		double lat, double lon) {

	public Municipality {
		otherNames = otherNames == null ? List.of() : List.copyOf(otherNames);
	}

	/**
	 * Names are not unique (Herøy, Våler), so lists show the county too: "Herøy
	 * (Nordland)".
	 */
	public String nameWithCounty() {
		return this.name + " (" + this.countyName + ")";
	}

}
