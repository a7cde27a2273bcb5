package no.hverdag.venues;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import no.hverdag.booking.Admission;

/**
 * A venue as an owner typed it, checked field by field before anything is stored.
 * {@code ownerOrganisation} blank: the municipality itself owns it.
 */
public record VenueForm(String name, String municipality, String address, Double lat, Double lon, String buildingType,
		String ownerOrganisation, List<String> facilities, String opens, String closes, String houseRules,
		String whoMayBook, List<RoomForm> rooms, List<String> groups) {

	/** Building types an owner may choose (message keys {@code venues.building.NAME}). */
	public static final List<String> BUILDING_TYPES = List.of("SCHOOL", "LIBRARY", "VOLUNTEER_CENTRE",
			"COMMUNITY_HOUSE", "SPORTS_HALL", "OTHER");

	public VenueForm {
		facilities = facilities == null ? List.of() : List.copyOf(facilities);
		rooms = rooms == null ? List.of() : List.copyOf(rooms);
		groups = groups == null ? List.of()
				: groups.stream().filter(g -> g != null && !g.isBlank()).map(String::strip).distinct().toList();
	}

	/** A venue form without groups. */
	public VenueForm(String name, String municipality, String address, Double lat, Double lon, String buildingType,
			String ownerOrganisation, List<String> facilities, String opens, String closes, String houseRules,
			String whoMayBook, List<RoomForm> rooms) {
		this(name, municipality, address, lat, lon, buildingType, ownerOrganisation, facilities, opens, closes,
				houseRules, whoMayBook, rooms, List.of());
	}

	/** A room as typed. */
	public record RoomForm(String name, Integer capacity, boolean instant) {
	}

	public static VenueForm empty() {
		return new VenueForm("", "", "", null, null, "SCHOOL", "", List.of(), "08:00", "22:00", "",
				WhoMayBook.APPROVED_ORGANISATIONS.name(), List.of());
	}

	/** Every field problem, or none. */
	public Admission check() {
		List<Admission.Refusal> reasons = new ArrayList<>();
		if (blank(this.name) || this.name.strip().length() > 120) {
			reasons.add(new Admission.Refusal("name", "venues.error.name"));
		}
		if (blank(this.address) || this.address.strip().length() > 200) {
			reasons.add(new Admission.Refusal("address", "venues.error.address"));
		}
		if ((this.lat == null) != (this.lon == null)
				|| (this.lat != null && (this.lat < 57 || this.lat > 72 || this.lon < 4 || this.lon > 32))) {
			reasons.add(new Admission.Refusal("lat", "venues.error.point"));
		}
		if (this.buildingType == null || !BUILDING_TYPES.contains(this.buildingType)) {
			reasons.add(new Admission.Refusal("buildingType", "venues.error.buildingType"));
		}
		if (this.facilities.stream().anyMatch(f -> !names(Facility.class).contains(f))) {
			reasons.add(new Admission.Refusal("facilities", "venues.error.facility"));
		}
		if (this.whoMayBook == null || !names(WhoMayBook.class).contains(this.whoMayBook)) {
			reasons.add(new Admission.Refusal("whoMayBook", "venues.error.whoMayBook"));
		}
		else if (WhoMayBook.GROUPS.name().equals(this.whoMayBook)
				&& (this.groups.isEmpty() || this.groups.size() > 50)) {
			reasons.add(new Admission.Refusal("groups", "venues.error.groups"));
		}
		LocalTime open = time(this.opens);
		LocalTime close = time(this.closes);
		if (open == null || close == null || (!close.equals(LocalTime.MIDNIGHT) && !close.isAfter(open))) {
			reasons.add(new Admission.Refusal("opens", "venues.error.hours"));
		}
		if (this.houseRules != null && this.houseRules.length() > 2000) {
			reasons.add(new Admission.Refusal("houseRules", "venues.error.houseRules"));
		}
		if (this.rooms.isEmpty() || this.rooms.size() > 20) {
			reasons.add(new Admission.Refusal("rooms", "venues.error.rooms"));
		}
		else if (this.rooms.stream()
			.anyMatch(r -> blank(r.name()) || r.name().length() > 80 || r.capacity() == null || r.capacity() < 1
					|| r.capacity() > 2000)) {
			reasons.add(new Admission.Refusal("rooms", "venues.error.room"));
		}
		return reasons.isEmpty() ? Admission.ADMITTED : new Admission.Refused(reasons);
	}

	public Set<Facility> facilitySet() {
		Set<Facility> set = EnumSet.noneOf(Facility.class);
		this.facilities.forEach(f -> set.add(Facility.valueOf(f)));
		return set;
	}

	public static LocalTime time(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			String t = text.strip();
			return "24:00".equals(t) ? LocalTime.MIDNIGHT : LocalTime.parse(t);
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static <E extends Enum<E>> List<String> names(Class<E> type) {
		return java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
	}

}
