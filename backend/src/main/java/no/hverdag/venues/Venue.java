package no.hverdag.venues;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import no.hverdag.booking.Admission;
import no.hverdag.booking.BookingRules;
import no.hverdag.booking.Period;

/**
 * A registered venue and the rules for booking its rooms. {@code ownerOrganisation} is
 * null when the municipality itself owns it (its coordinator manages it). {@code groups}:
 * the approved organisations that may book when {@code whoMayBook} is
 * {@link WhoMayBook#GROUPS}.
 */
public record Venue(String id, String name, String municipality, String address, Double lat, Double lon,
		String buildingType, String ownerOrganisation, Set<Facility> facilities, LocalTime opens, LocalTime closes,
		String houseRules, WhoMayBook whoMayBook, List<Room> rooms, VenueStatus status, String declineReason,
		String registeredByIssuer, String registeredBySubject, List<String> groups) {

	public Venue {
		facilities = facilities == null ? Set.of() : Set.copyOf(facilities);
		rooms = rooms == null ? List.of() : List.copyOf(rooms);
		groups = groups == null ? List.of() : List.copyOf(groups);
	}

	/** A venue that names no groups (any who-may-book but {@link WhoMayBook#GROUPS}). */
	public Venue(String id, String name, String municipality, String address, Double lat, Double lon,
			String buildingType, String ownerOrganisation, Set<Facility> facilities, LocalTime opens, LocalTime closes,
			String houseRules, WhoMayBook whoMayBook, List<Room> rooms, VenueStatus status, String declineReason,
			String registeredByIssuer, String registeredBySubject) {
		this(id, name, municipality, address, lat, lon, buildingType, ownerOrganisation, facilities, opens, closes,
				houseRules, whoMayBook, rooms, status, declineReason, registeredByIssuer, registeredBySubject,
				List.of());
	}

	public boolean listed() {
		return this.status == VenueStatus.APPROVED;
	}

	public Optional<Room> room(String key) {
		return this.rooms.stream().filter(room -> room.key().equals(key)).findFirst();
	}

	/**
	 * Whether a request for these periods may go ahead, before the database has its say
	 * on overlaps.
	 * @param booker what the booking person may do
	 */
	public Admission admit(Room room, List<Period> periods, Booker booker, LocalDateTime now) {
		if (!listed()) {
			return Admission.refused("venue", "venues.error.notListed");
		}
		if (!mayBook(booker)) {
			return Admission.refused("organisation",
					this.whoMayBook == WhoMayBook.GROUPS ? "venues.error.mayNotBookGroups" : "venues.error.mayNotBook");
		}
		Admission byRules = BookingRules.ROOMS.admitTimes(periods, now);
		if (byRules instanceof Admission.Refused) {
			return byRules;
		}
		List<Admission.Refusal> reasons = new ArrayList<>();
		for (Period period : periods) {
			if (!openFor(period)) {
				reasons.add(new Admission.Refusal("start", "venues.error.closed"));
				break;
			}
		}
		return reasons.isEmpty() ? Admission.ADMITTED : new Admission.Refused(reasons);
	}

	/** Whether the venue is open for the whole period (one day). */
	public boolean openFor(Period period) {
		return !period.start().toLocalTime().isBefore(this.opens) && !closesBefore(period);
	}

	private boolean closesBefore(Period period) {
		LocalTime end = period.end().toLocalTime();
		boolean untilMidnight = this.closes.equals(LocalTime.MIDNIGHT);
		if (end.equals(LocalTime.MIDNIGHT)) {
			return !untilMidnight;
		}
		return !untilMidnight && end.isAfter(this.closes);
	}

	private boolean mayBook(Booker booker) {
		return switch (this.whoMayBook) {
			case ANYONE_SIGNED_IN -> true;
			case APPROVED_ORGANISATIONS -> booker.forApprovedOrganisation();
			case GROUPS -> booker.forApprovedOrganisation() && this.groups.contains(booker.bookingFor());
		};
	}

	/** Whether the actor with these rights manages this venue (owner or coordinator). */
	public boolean managedBy(Booker booker) {
		return booker.coordinates(this.municipality)
				|| (this.ownerOrganisation != null && booker.memberOf(this.ownerOrganisation));
	}

	public Venue decided(VenueStatus decision, String reason) {
		return new Venue(this.id, this.name, this.municipality, this.address, this.lat, this.lon, this.buildingType,
				this.ownerOrganisation, this.facilities, this.opens, this.closes, this.houseRules, this.whoMayBook,
				this.rooms, decision, reason, this.registeredByIssuer, this.registeredBySubject, this.groups);
	}

}
