package no.hverdag.humanlibrary.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.hverdag.booking.PersonalTime;
import no.hverdag.humanlibrary.PersonToBorrow;
import no.hverdag.humanlibrary.Slot;
import no.hverdag.shared.security.Actor;
import no.hverdag.shared.time.HverdagClock;
import no.hverdag.support.TestClockConfig;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bookings' names and contact points are erased a configurable time after the session, on
 * the embedded store; what remains is how many there were. The application's own
 * retention bean is configured with 30 days here; the 90-day default is exercised by
 * instances made with a clock of the test's choosing.
 */
@DisplayName("Booking retention")
@SpringBootTest(properties = { "hverdag.mongo.embedded.path=memory", "hverdag.retention.booking-contact-days=30" })
@Import(TestClockConfig.class)
class BookingRetentionTest {

	private static final LocalDate TODAY = TestClockConfig.NOW.toLocalDate();

	private static final int CAPACITY = 3;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	HumanLibraryStore store;

	@Autowired
	PersonalTime claims;

	@Autowired
	StandingStore standing;

	@Autowired
	BookingRetention configured;

	@BeforeEach
	void noSlots() {
		// This context is this class's own (its properties are), so no other test's slots
		// are here.
		this.mongo.remove(new Query(), SlotDocument.class).block();
	}

	@Test
	@DisplayName("a slot held 91 days ago keeps only the number of its bookings: no first name or contact point is left")
	void expiredSlotIsAnonymised() {
		String slotId = slotWithBookings(TODAY.minusDays(91), "Astrid", "Bjørn");
		List<String> references = raw(slotId).getList("bookings", Document.class)
			.stream()
			.map(b -> b.getString("reference"))
			.toList();

		StepVerifier.create(retention(90, TODAY).eraseExpiredContacts()).expectNext(1L).verifyComplete();

		Document after = raw(slotId);
		assertThat(after.getList("bookings", Object.class)).isEmpty();
		assertThat(after.getInteger("anonymousBookings")).isEqualTo(2);
		assertThat(after.getInteger("remaining")).as("the places still count as taken").isEqualTo(CAPACITY - 2);
		assertThat(after.toJson().toLowerCase()).doesNotContain("astrid", "bjørn", "bjorn", "@example.no")
			.doesNotContain(references.stream().map(String::toLowerCase).toList());
	}

	@Test
	@DisplayName("an anonymised slot still reads as a slot, and the personal-data export finds nothing in it")
	void readSideCopesWithAnonymisedSlots() {
		String slotId = slotWithBookings(TODAY.minusDays(91), "Astrid", "Bjørn");

		retention(90, TODAY).eraseExpiredContacts().block();

		StepVerifier.create(this.store.slot(slotId))
			.assertNext(slot -> assertThat(slot.remaining()).isEqualTo(CAPACITY - 2))
			.verifyComplete();
		StepVerifier.create(this.mongo.findById(slotId, SlotDocument.class)).assertNext(slot -> {
			assertThat(slot.bookings()).isEmpty();
			assertThat(slot.anonymousBookings()).isEqualTo(2);
		}).verifyComplete();
		StepVerifier
			.create(new BookingPersonalData(this.mongo, this.claims, this.standing)
				.export(new Actor(Actor.PASSWORDLESS_ISSUER, contactOf("Astrid"), null)))
			.assertNext(export -> assertThat(export).containsEntry("bookings", List.of()))
			.verifyComplete();
	}

	@Test
	@DisplayName("slots held 89 and exactly 90 days ago, today and in the future keep their bookings")
	void recentAndFutureSlotsAreKept() {
		List<String> kept = List.of(slotWithBookings(TODAY.minusDays(89), "Astrid", "Bjørn"),
				slotWithBookings(TODAY.minusDays(90), "Astrid", "Bjørn"), slotWithBookings(TODAY, "Astrid", "Bjørn"),
				slotWithBookings(TODAY.plusDays(7), "Astrid", "Bjørn"));

		StepVerifier.create(retention(90, TODAY).eraseExpiredContacts()).expectNext(0L).verifyComplete();

		for (String slotId : kept) {
			Document slot = raw(slotId);
			assertThat(slot.getList("bookings", Document.class)).as(slotId)
				.extracting(b -> b.getString("firstName"), b -> b.getString("contact"))
				.containsExactly(org.assertj.core.groups.Tuple.tuple("Astrid", contactOf("Astrid")),
						org.assertj.core.groups.Tuple.tuple("Bjørn", contactOf("Bjørn")));
			assertThat(slot.getInteger("anonymousBookings")).as(slotId).isZero();
			assertThat(slot.getInteger("remaining")).as(slotId).isEqualTo(CAPACITY - 2);
		}
	}

	@Test
	@DisplayName("running it again, the same day or a later one, changes nothing more")
	void secondRunChangesNothing() {
		String slotId = slotWithBookings(TODAY.minusDays(91), "Astrid", "Bjørn");
		BookingRetention retention = retention(90, TODAY);

		StepVerifier.create(retention.eraseExpiredContacts()).expectNext(1L).verifyComplete();
		Document once = raw(slotId);

		StepVerifier.create(retention.eraseExpiredContacts()).expectNext(0L).verifyComplete();
		StepVerifier.create(retention(90, TODAY.plusDays(1)).eraseExpiredContacts()).expectNext(0L).verifyComplete();
		assertThat(raw(slotId)).isEqualTo(once);
		assertThat(once.getInteger("anonymousBookings")).isEqualTo(2);
	}

	@Test
	@DisplayName("the configured number of days is honoured: with 30, a slot 31 days ago is anonymised and one 29 days ago is not")
	void configuredDaysAreHonoured() {
		String expired = slotWithBookings(TODAY.minusDays(31), "Astrid", "Bjørn");
		String recent = slotWithBookings(TODAY.minusDays(29), "Cecilie");

		StepVerifier.create(this.configured.eraseExpiredContacts()).expectNext(1L).verifyComplete();

		assertThat(raw(expired).getList("bookings", Object.class)).isEmpty();
		assertThat(raw(expired).getInteger("anonymousBookings")).isEqualTo(2);
		assertThat(raw(recent).getList("bookings", Document.class)).extracting(b -> b.getString("firstName"))
			.containsExactly("Cecilie");
		assertThat(raw(recent).getInteger("anonymousBookings")).isZero();
	}

	@Test
	@DisplayName("a booking its owner already erased is not counted again: the count holds what was still there")
	void ownerErasureThenRetention() {
		String slotId = slotWithBookings(TODAY.minusDays(91), "Astrid", "Bjørn");
		new BookingPersonalData(this.mongo, this.claims, this.standing)
			.erase(new Actor(Actor.PASSWORDLESS_ISSUER, contactOf("Astrid"), null))
			.block();

		StepVerifier.create(retention(90, TODAY).eraseExpiredContacts()).expectNext(1L).verifyComplete();

		Document after = raw(slotId);
		assertThat(after.getList("bookings", Object.class)).isEmpty();
		assertThat(after.getInteger("anonymousBookings")).isEqualTo(1);
		assertThat(after.getInteger("remaining")).isEqualTo(CAPACITY - 2);
	}

	@Test
	@DisplayName("a slot stored before the anonymous count existed is anonymised, and reads as 0 before that")
	void slotWithoutTheCountField() {
		String oldSlot = "retention-old-" + UUID.randomUUID();
		String untouched = "retention-untouched-" + UUID.randomUUID();
		this.mongo
			.insert(List.of(legacySlot(oldSlot, TODAY.minusDays(120)), legacySlot(untouched, TODAY.minusDays(1))),
					"slots")
			.then()
			.block();

		StepVerifier.create(this.mongo.findById(untouched, SlotDocument.class))
			.assertNext(slot -> assertThat(slot.anonymousBookings()).isZero())
			.verifyComplete();
		StepVerifier.create(retention(90, TODAY).eraseExpiredContacts()).expectNext(1L).verifyComplete();

		Document after = raw(oldSlot);
		assertThat(after.getList("bookings", Object.class)).isEmpty();
		assertThat(after.getInteger("anonymousBookings")).isEqualTo(1);
		assertThat(after.toJson()).doesNotContain("Dagny", "dagny@example.no");
		assertThat(raw(untouched).getList("bookings", Object.class)).hasSize(1);
	}

	private BookingRetention retention(int days, LocalDate today) {
		Clock clock = Clock.fixed(today.atTime(12, 0).atZone(HverdagClock.NORWAY).toInstant(), HverdagClock.NORWAY);
		return new BookingRetention(this.mongo, clock, days, this.claims);
	}

	/** A slot on that day, booked through the store as a kiosk would. */
	private String slotWithBookings(LocalDate day, String... firstNames) {
		PersonToBorrow person = new PersonToBorrow("retention-person-" + UUID.randomUUID(), "retention-library", "Kari",
				List.of("Prat"), List.of("no"), EnumSet.allOf(DayOfWeek.class), List.of(LocalTime.of(15, 0)), 45,
				CAPACITY);
		LocalTime start = LocalTime.of(15, 0);
		this.store.planSlot(person, day, start).block();
		String slotId = Slot.idFor(person.id(), day, start);
		for (String firstName : firstNames) {
			assertThat(this.store
				.takePlace(slotId, "REF" + firstName.toUpperCase(), firstName, contactOf(firstName), Instant.now())
				.block()).isNotNull();
		}
		return slotId;
	}

	private static String contactOf(String firstName) {
		return firstName.toLowerCase() + "@example.no";
	}

	private static Document legacySlot(String id, LocalDate day) {
		return new Document("_id", id).append("libraryId", "retention-library")
			.append("personId", "retention-legacy")
			.append("personFirstName", "Kari")
			.append("topics", List.of("Prat"))
			.append("languages", List.of("no"))
			.append("day", day.toString())
			.append("start", "15:00")
			.append("durationMinutes", 45)
			.append("capacity", 2)
			.append("remaining", 1)
			.append("bookings",
					List.of(new Document("reference", "REFDAGNY").append("firstName", "Dagny")
						.append("contact", "dagny@example.no")
						.append("bookedAt", Date.from(Instant.parse("2026-01-01T10:00:00Z")))));
	}

	private Document raw(String slotId) {
		return this.mongo.findById(slotId, Document.class, "slots").block();
	}

}
