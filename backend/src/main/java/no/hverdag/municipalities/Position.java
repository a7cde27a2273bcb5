package no.hverdag.municipalities;

/**
 * Where an address is, as WGS 84 degrees, and how exactly: at the address itself, or only
 * somewhere in its municipality (the municipality's representative point, used when no
 * address source answers).
 */
public record Position(double lat, double lon, Precision precision) {

	/** How exact a position is. */
	public enum Precision {

		ADDRESS, MUNICIPALITY

	}

}
