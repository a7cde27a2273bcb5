package no.hverdag.venues;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import no.hverdag.booking.Admission;
import no.hverdag.booking.Period;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VenueTest {

	static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 26, 9, 0);

	static final Room GYM = new Room("gym", "Gymsal", 60, false);

	static Venue school(VenueStatus status, WhoMayBook who) {
		return new Venue("v", "Skole", "1804", "Vei 1", null, null, "SCHOOL", null, Set.of(), LocalTime.of(16, 0),
				LocalTime.of(22, 0), "", who, List.of(GYM), status, null, "i", "s");
	}

	static final Booker ORGANISATION = new Booker(false, Set.of(), Set.of("org"), true);

	static final Booker PERSON = new Booker(false, Set.of(), Set.of(), false);

	static List<Period> tuesday(int from, int to) {
		return List.of(Period.of(LocalDate.of(2026, 12, 1), LocalTime.of(from, 0), LocalTime.of(to, 0)));
	}

	static String reason(Admission admission) {
		return ((Admission.Refused) admission).reasons().get(0).messageKey();
	}

	@Test
	@DisplayName("an approved organisation may book the school's gym in opening hours")
	void admitted() {
		assertThat(school(VenueStatus.APPROVED, WhoMayBook.APPROVED_ORGANISATIONS).admit(GYM, tuesday(18, 20),
				ORGANISATION, NOW))
			.isEqualTo(Admission.ADMITTED);
	}

	@Test
	@DisplayName("where the owner names groups, only a member booking for one of them may book; others are told why")
	void groups() {
		Venue venue = new Venue("v", "Skole", "1804", "Vei 1", null, null, "SCHOOL", null, Set.of(),
				LocalTime.of(16, 0), LocalTime.of(22, 0), "", WhoMayBook.GROUPS, List.of(GYM), VenueStatus.APPROVED,
				null, "i", "s", List.of("newcomers"));
		Booker newcomers = new Booker(false, Set.of(), Set.of("newcomers"), true, "newcomers");
		Booker otherOrganisation = new Booker(false, Set.of(), Set.of("org"), true, "org");
		assertThat(venue.admit(GYM, tuesday(18, 20), newcomers, NOW)).isEqualTo(Admission.ADMITTED);
		assertThat(reason(venue.admit(GYM, tuesday(18, 20), otherOrganisation, NOW)))
			.isEqualTo("venues.error.mayNotBookGroups");
		assertThat(reason(venue.admit(GYM, tuesday(18, 20), PERSON, NOW))).isEqualTo("venues.error.mayNotBookGroups");
	}

	@Test
	@DisplayName("a person without an approved organisation may not book where only organisations may")
	void whoMayBook() {
		Venue venue = school(VenueStatus.APPROVED, WhoMayBook.APPROVED_ORGANISATIONS);
		assertThat(reason(venue.admit(GYM, tuesday(18, 20), PERSON, NOW))).isEqualTo("venues.error.mayNotBook");
		assertThat(school(VenueStatus.APPROVED, WhoMayBook.ANYONE_SIGNED_IN).admit(GYM, tuesday(18, 20), PERSON, NOW))
			.isEqualTo(Admission.ADMITTED);
	}

	@Test
	@DisplayName("a venue not yet approved takes no bookings; closed hours are refused")
	void notListedAndClosed() {
		assertThat(reason(school(VenueStatus.PENDING, WhoMayBook.ANYONE_SIGNED_IN).admit(GYM, tuesday(18, 20),
				ORGANISATION, NOW)))
			.isEqualTo("venues.error.notListed");
		Venue venue = school(VenueStatus.APPROVED, WhoMayBook.ANYONE_SIGNED_IN);
		assertThat(reason(venue.admit(GYM, tuesday(14, 17), ORGANISATION, NOW))).isEqualTo("venues.error.closed");
		assertThat(reason(venue.admit(GYM, tuesday(21, 23), ORGANISATION, NOW))).isEqualTo("venues.error.closed");
	}

	@Test
	@DisplayName("the owner's organisation and the municipality's coordinator manage the venue")
	void managers() {
		Venue owned = new Venue("v", "Sentral", "1804", "Vei", null, null, "VOLUNTEER_CENTRE", "org", Set.of(),
				LocalTime.of(9, 0), LocalTime.MIDNIGHT, "", WhoMayBook.ANYONE_SIGNED_IN, List.of(GYM),
				VenueStatus.APPROVED, null, "i", "s");
		assertThat(owned.managedBy(ORGANISATION)).isTrue();
		assertThat(owned.managedBy(new Booker(false, Set.of("1804"), Set.of(), false))).isTrue();
		assertThat(owned.managedBy(new Booker(false, Set.of("0301"), Set.of(), false))).isFalse();
		assertThat(owned.managedBy(PERSON)).isFalse();
		assertThat(owned.admit(GYM, tuesday(21, 23), PERSON, NOW)).isEqualTo(Admission.ADMITTED);
	}

	@Test
	@DisplayName("a registration form names every field it cannot take")
	void form() {
		VenueForm bad = new VenueForm("", "1804", "", 10.0, null, "CASTLE", "", List.of("SAUNA"), "22:00", "08:00", "",
				"EVERYONE", List.of());
		assertThat(((Admission.Refused) bad.check()).reasons().stream().map(Admission.Refusal::field))
			.containsExactlyInAnyOrder("name", "address", "lat", "buildingType", "facilities", "whoMayBook", "opens",
					"rooms");
	}

}
