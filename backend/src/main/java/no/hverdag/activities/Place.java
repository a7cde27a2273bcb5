package no.hverdag.activities;

/**
 * Where an activity happens: a named place with an address, in a municipality and maybe a
 * district of it, at a point, in a kind of building.
 */
public record Place(String name, String address, String municipality, String district, BuildingType buildingType,
		Double lat, Double lon) {

	public Place {
		buildingType = buildingType == null ? BuildingType.OTHER : buildingType;
	}

	public boolean hasPoint() {
		return this.lat != null && this.lon != null;
	}

}
