package no.hverdag.persistence;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import no.hverdag.accounts.AccessControl;
import no.hverdag.accounts.Role;
import no.hverdag.accounts.RoleAssignment;
import no.hverdag.activities.Accessibility;
import no.hverdag.activities.Activity;
import no.hverdag.activities.ActivityTexts;
import no.hverdag.activities.Audience;
import no.hverdag.activities.BuildingType;
import no.hverdag.activities.ContactPerson;
import no.hverdag.activities.NorwegianLevel;
import no.hverdag.activities.Participation;
import no.hverdag.activities.TextFormat;
import no.hverdag.activities.ActivityType;
import no.hverdag.activities.Place;
import no.hverdag.activities.Schedule;
import no.hverdag.activities.internal.ActivityStore;
import no.hverdag.humanlibrary.Library;
import no.hverdag.humanlibrary.LibraryAdministration;
import no.hverdag.humanlibrary.PersonToBorrow;
import no.hverdag.humanlibrary.Slot;
import no.hverdag.humanlibrary.internal.HumanLibraryStore;
import no.hverdag.municipalities.MunicipalityDirectory;
import no.hverdag.organisations.Contact;
import no.hverdag.organisations.OrganisationNumber;
import no.hverdag.organisations.OrganisationRegistration;
import no.hverdag.organisations.OrganisationStatus;
import no.hverdag.organisations.RegisterOrganisation;
import no.hverdag.organisations.internal.OrganisationStore;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.Actor;
import no.hverdag.support.OrganisationNumbers;
import no.hverdag.support.TestClockConfig;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the application relies on its database for: single-document atomic updates and
 * unique indexes that hold under concurrency, and documents that read back as they were
 * written. Runs against the embedded store always, and against a real MongoDB where
 * Docker is available.
 */
abstract class PersistenceContract {

	@Autowired
	LibraryAdministration libraries;

	@Autowired
	HumanLibraryStore slots;

	@Autowired
	OrganisationRegistration registration;

	@Autowired
	OrganisationStore organisations;

	@Autowired
	AccessControl accessControl;

	@Autowired
	MunicipalityDirectory municipalities;

	@Autowired
	ActivityStore activities;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Test
	@DisplayName("a slot never takes more bookings than its capacity, however many arrive at once")
	void slotCapacityHoldsUnderConcurrency() {
		String libraryId = "contract-library-" + UUID.randomUUID();
		String personId = libraryId + "-person";
		this.libraries.importLibrary(new Library(libraryId, "Kontraktbiblioteket", "1804", null, null, null)).block();
		this.libraries
			.importPerson(new PersonToBorrow(personId, libraryId, "Kari", List.of("Prat"), List.of("no"),
					EnumSet.allOf(DayOfWeek.class), List.of(LocalTime.of(15, 0)), 45, 3))
			.block();
		String slotId = Slot.idFor(personId, TestClockConfig.NOW.toLocalDate(), LocalTime.of(15, 0));

		Long taken = Flux.range(0, 40)
			.parallel(8)
			.runOn(Schedulers.parallel())
			.flatMap(i -> this.slots.takePlace(slotId, "REF" + i, "Navn" + i, "4799999" + String.format("%03d", i),
					Instant.now()))
			.sequential()
			.count()
			.block();

		assertThat(taken).isEqualTo(3);
		StepVerifier.create(this.slots.slot(slotId))
			.assertNext(slot -> assertThat(slot.remaining()).isZero())
			.verifyComplete();
	}

	@Test
	@DisplayName("an organisation is decided exactly once when coordinators act at the same moment")
	void oneDecisionPerOrganisation() {
		String id = "contract-org-" + UUID.randomUUID();
		this.registration.importOrganisation(id, organisation(OrganisationNumbers.fresh()), OrganisationStatus.PENDING)
			.block();
		Actor coordinator = new Actor("https://idp.test", "koordinator", "Koordinator");

		Long decisions = Flux.range(0, 20)
			.parallel(8)
			.runOn(Schedulers.parallel())
			.flatMap(i -> this.organisations.decide(id,
					i % 2 == 0 ? OrganisationStatus.APPROVED : OrganisationStatus.REJECTED, coordinator, Instant.now(),
					i % 2 == 0 ? null : "Nei"))
			.sequential()
			.count()
			.block();

		assertThat(decisions).isEqualTo(1);
		StepVerifier.create(this.organisations.find(id))
			.assertNext(o -> assertThat(o.status()).isIn(OrganisationStatus.APPROVED, OrganisationStatus.REJECTED))
			.verifyComplete();
	}

	@Test
	@DisplayName("a second organisation with the same number is refused by the unique index")
	void organisationNumberIsUnique() {
		String number = OrganisationNumbers.fresh();
		this.registration.importOrganisation("contract-a-" + number, organisation(number), OrganisationStatus.PENDING)
			.block();
		StepVerifier
			.create(this.registration.importOrganisation("contract-b-" + number, organisation(number),
					OrganisationStatus.PENDING))
			.expectErrorSatisfies(error -> assertThat(error).isInstanceOf(HverdagException.InvalidInput.class))
			.verify();
		StepVerifier.create(this.organisations.find("contract-b-" + number)).verifyComplete();
	}

	@Test
	@DisplayName("granting the same role twice keeps one assignment")
	void grantsAreIdempotent() {
		String subject = "contract-" + UUID.randomUUID();
		RoleAssignment coordinator = new RoleAssignment("https://idp.test", subject, Role.COORDINATOR, "4003");
		this.accessControl.importAssignment(coordinator).then(this.accessControl.importAssignment(coordinator)).block();
		StepVerifier.create(this.accessControl.rolesOf(new Actor("https://idp.test", subject, null)))
			.assertNext(roles -> {
				assertThat(roles.assignments()).containsExactly(coordinator);
				assertThat(roles.coordinates("4003")).isTrue();
				assertThat(roles.coordinates("1804")).isFalse();
			})
			.verifyComplete();
	}

	@Test
	@DisplayName("every municipality is loaded once, and an activity reads back as it was written")
	void readBackWhatWasWritten() {
		StepVerifier.create(this.mongo.count(new org.springframework.data.mongodb.core.query.Query(), "municipalities"))
			.expectNext(357L)
			.verifyComplete();
		assertThat(this.municipalities.find("1804")).hasValueSatisfying(m -> {
			assertThat(m.name()).isEqualTo("Bodø");
			assertThat(m.countyName()).isEqualTo("Nordland");
		});

		Activity weekly = activity(Schedule.weekly(DayOfWeek.TUESDAY, LocalTime.of(18, 0), LocalTime.of(20, 0)));
		Activity biweekly = activity(new Schedule.Recurring(java.util.Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), 2,
				LocalDate.of(2026, 12, 1), LocalDate.of(2027, 6, 1), java.util.Set.of(LocalDate.of(2026, 12, 29)),
				LocalTime.of(18, 0), LocalTime.of(20, 0)));
		Activity once = activity(
				new Schedule.OneOff(LocalDate.of(2026, 12, 3), LocalTime.of(11, 0), LocalTime.of(15, 30)));
		for (Activity written : List.of(weekly, biweekly, once)) {
			this.activities.insert(written).block();
			StepVerifier.create(this.activities.find(written.id()))
				.assertNext(read -> assertThat(read).usingRecursiveComparison()
					.ignoringFields("publishedAt")
					.isEqualTo(written))
				.verifyComplete();
		}
	}

	private static RegisterOrganisation organisation(String number) {
		return new RegisterOrganisation("Kontraktforeningen", OrganisationNumber.parse(number), "1804",
				new Contact("Per", "per@example.no", null), "Vi tester.");
	}

	private static Activity activity(Schedule schedule) {
		java.util.Map<String, ActivityTexts.Text> texts = new java.util.LinkedHashMap<>();
		texts.put("nb", new ActivityTexts.Text("Tittel", "Beskrivelse med **Markdown**"));
		texts.put("ar", new ActivityTexts.Text("عنوان", "وصف"));
		return new Activity("contract-activity-" + UUID.randomUUID(), "org", "Foreningen", ActivityType.CULTURE_EVENT,
				new ActivityTexts("nb", texts), TextFormat.MARKDOWN, schedule,
				new Place("Huset", "Gata 1", "1804", "Sentrum", BuildingType.CULTURE_HOUSE, 67.28, 14.38),
				List.of("no", "ar"), NorwegianLevel.A2, Audience.WOMEN, false, 50,
				java.util.Set.of(Accessibility.STEP_FREE, Accessibility.HEARING_LOOP), new Participation(20, true),
				new ContactPerson("Kari", "+47 412 34 567", "kari@example.no"), Instant.parse("2026-11-26T08:00:00Z"));
	}

}
