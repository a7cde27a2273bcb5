package no.hverdag.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import no.hverdag.accounts.AccessControl;
import no.hverdag.accounts.Role;
import no.hverdag.accounts.RoleAssignment;
import no.hverdag.booking.BookingRules;
import no.hverdag.booking.BookingStatus;
import no.hverdag.booking.DailyStock;
import no.hverdag.booking.DayRange;
import no.hverdag.booking.ExclusiveTime;
import no.hverdag.booking.Period;
import no.hverdag.equipment.Category;
import no.hverdag.equipment.EquipmentCatalogue;
import no.hverdag.equipment.Item;
import no.hverdag.equipment.Lending;
import no.hverdag.equipment.LendingPoint;
import no.hverdag.equipment.Loan;
import no.hverdag.equipment.ReserveForm;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.Actor;
import no.hverdag.shared.time.HverdagClock;
import no.hverdag.venues.BookingForm;
import no.hverdag.venues.Room;
import no.hverdag.venues.RoomBooking;
import no.hverdag.venues.RoomBookings;
import no.hverdag.venues.Venue;
import no.hverdag.venues.VenueStatus;
import no.hverdag.venues.Venues;
import no.hverdag.venues.WhoMayBook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not a test that runs in the build: issue 14's benchmark (docs/performance.md). The use
 * cases the API calls (room request, equipment reservation), on the embedded store,
 * everything fired at once (Reactor merge, no concurrency cap): 500 instant-room requests
 * in 10 overlapping sets of 50, then 500 owner approvals in 10 sets of 50; and 1,000
 * reservations of random periods against a stock of 20. Checks exactly one approved per
 * overlapping set and no day over-promised, and prints the wall time. Run with
 * {@code ./mvnw -B -o -pl backend -am verify -Dtest=RoomAndStockBenchmark -Dbench=true -Dsurefire.failIfNoSpecifiedTests=false -DskipITs -Djacoco.skip=true}.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
@SpringBootTest(properties = { "hverdag.mongo.embedded.path=memory", "hverdag.seed.demo=false",
		"hverdag.rate-limits.enabled=false", "logging.level.root=WARN" })
class RoomAndStockBenchmark {

	static final int SETS = 10;

	static final int PER_SET = Integer.getInteger("bench.perSet", 50);

	static final int RESERVATIONS = Integer.getInteger("bench.reservations", 1_000);

	static final int STOCK = 20;

	static final Actor COORDINATOR = new Actor("urn:bench", "bench-owner", "Eier");

	@Autowired
	Venues venues;

	@Autowired
	RoomBookings bookings;

	@Autowired
	ExclusiveTime time;

	@Autowired
	EquipmentCatalogue catalogue;

	@Autowired
	Lending lending;

	@Autowired
	DailyStock stock;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	AccessControl accessControl;

	Venue venue(String id, boolean instant) {
		Venue venue = new Venue(id, "Benkesalen", "1804", "Gata 1", null, null, "SCHOOL", null, Set.of(),
				LocalTime.of(8, 0), LocalTime.MIDNIGHT, "", WhoMayBook.ANYONE_SIGNED_IN,
				List.of(new Room("sal", "Salen", 100, instant)), VenueStatus.APPROVED, null, "urn:bench", "x");
		this.venues.importVenue(venue).block();
		return venue;
	}

	/** Request i of set s: a period that contains 18:00–18:15 on the set's evening. */
	static BookingForm form(LocalDate first, int set, int i) {
		String from = (i % 3 == 0) ? "17:00" : (i % 3 == 1) ? "17:45" : "18:00";
		String to = (i % 2 == 0) ? "18:15" : "19:30";
		return new BookingForm(first.plusDays(set).toString(), from, to, 1, "", "Benk", "");
	}

	@Test
	@DisplayName("500 simultaneous requests for an instant room in 10 overlapping sets: exactly one booked per set")
	void instantRequests() {
		Venue venue = venue("bench-instant", true);
		LocalDate first = LocalDate.now(HverdagClock.NORWAY).plusDays(3);
		AtomicInteger conflicts = new AtomicInteger();
		Map<String, Integer> others = new ConcurrentHashMap<>();
		List<Mono<RoomBooking>> asks = new ArrayList<>();
		for (int set = 0; set < SETS; set++) {
			for (int i = 0; i < PER_SET; i++) {
				Actor asker = new Actor("urn:bench", "asker-" + set + "-" + i, "Asker");
				asks.add(this.bookings.request(asker, venue.id(), "sal", form(first, set, i))
					.onErrorResume(HverdagException.Conflict.class, c -> {
						conflicts.incrementAndGet();
						return Mono.empty();
					})
					.onErrorResume(error -> {
						others.merge(error.getClass().getSimpleName(), 1, Integer::sum);
						return Mono.empty();
					}));
			}
		}
		long started = System.nanoTime();
		List<RoomBooking> booked = Flux.merge(Flux.fromIterable(asks), asks.size())
			.collectList()
			.block(Duration.ofMinutes(10));
		double seconds = (System.nanoTime() - started) / 1e9;
		assertThat(others).isEmpty();
		assertThat(booked).hasSize(SETS).allMatch(b -> b.status() == BookingStatus.APPROVED);
		assertThat(conflicts.get()).isEqualTo(SETS * PER_SET - SETS);
		assertOneHolderPerSet(venue, first);
		System.out.printf("BENCH rooms-instant requests=%d sets=%d booked=%d conflicts=%d wall=%.2fs (%.0f req/s)%n",
				asks.size(), SETS, booked.size(), conflicts.get(), seconds, asks.size() / seconds);
	}

	@Test
	@DisplayName("500 requests in 10 overlapping sets approved by the owner all at once: exactly one approved per set")
	void simultaneousApprovals() {
		Venue venue = venue("bench-approval", false);
		LocalDate first = LocalDate.now(HverdagClock.NORWAY).plusDays(20);
		this.accessControl
			.importAssignment(new RoleAssignment("urn:bench", COORDINATOR.subject(), Role.COORDINATOR, "1804"))
			.block();
		List<String> requested = Flux.range(0, SETS * PER_SET)
			.concatMap(n -> this.bookings.request(new Actor("urn:bench", "holder-" + n, "Holder"), venue.id(), "sal",
					form(first, n / PER_SET, n % PER_SET)))
			.map(RoomBooking::id)
			.collectList()
			.block();
		AtomicInteger conflicts = new AtomicInteger();
		Map<String, Integer> others = new ConcurrentHashMap<>();
		List<Mono<RoomBooking>> approvals = requested.stream()
			.map(id -> this.bookings.decide(COORDINATOR, id, true, null)
				.onErrorResume(HverdagException.Conflict.class, c -> {
					conflicts.incrementAndGet();
					return Mono.empty();
				})
				.onErrorResume(error -> {
					others.merge(error.getClass().getSimpleName(), 1, Integer::sum);
					return Mono.empty();
				}))
			.toList();
		long started = System.nanoTime();
		List<RoomBooking> approved = Flux.merge(Flux.fromIterable(approvals), approvals.size())
			.filter(b -> b.status() == BookingStatus.APPROVED)
			.collectList()
			.block(Duration.ofMinutes(10));
		double seconds = (System.nanoTime() - started) / 1e9;
		assertThat(others).isEmpty();
		assertThat(approved).hasSize(SETS);
		assertOneHolderPerSet(venue, first);
		System.out.printf("BENCH rooms-approval approvals=%d sets=%d approved=%d conflicts=%d wall=%.2fs (%.0f/s)%n",
				approvals.size(), SETS, approved.size(), conflicts.get(), seconds, approvals.size() / seconds);
	}

	private void assertOneHolderPerSet(Venue venue, LocalDate first) {
		String resource = venue.rooms().get(0).resource(venue.id());
		for (int set = 0; set < SETS; set++) {
			LocalDate day = first.plusDays(set);
			assertThat(this.time.holdersBetween(resource, Period.of(day, LocalTime.of(0, 0), LocalTime.of(23, 45)))
				.block()).as("holders on %s", day).hasSize(1);
		}
	}

	@Test
	@DisplayName("1,000 simultaneous reservations of random periods against a stock of 20: no day over-promised")
	void reservations() {
		LendingPoint point = new LendingPoint("bench-point", "Benk-BUA", "1804", "Gata 2", null, null, "bench-org", "",
				BookingRules.EQUIPMENT);
		Item item = new Item("bench-point-ski", point.id(), Category.SKIS, "Ski", "150 cm", STOCK);
		this.catalogue.importPoint(point, List.of(item)).block();
		LocalDate today = LocalDate.now(HverdagClock.NORWAY);
		Random random = new Random(14);
		AtomicInteger conflicts = new AtomicInteger();
		Map<String, Integer> others = new ConcurrentHashMap<>();
		List<Mono<Loan>> asks = new ArrayList<>();
		for (int i = 0; i < RESERVATIONS; i++) {
			LocalDate from = today.plusDays(1 + random.nextInt(12));
			LocalDate to = from.plusDays(random.nextInt(5));
			int count = 1 + random.nextInt(3);
			asks.add(this.lending
				.reserve(new Actor("urn:bench", "family-" + i, "Familie"), item.id(),
						new ReserveForm(from.toString(), to.toString(), count, "", ""))
				.onErrorResume(HverdagException.Conflict.class, c -> {
					conflicts.incrementAndGet();
					return Mono.empty();
				})
				.onErrorResume(error -> {
					others.merge(error.getClass().getSimpleName() + ": " + error.getMessage(), 1, Integer::sum);
					return Mono.empty();
				}));
		}
		long started = System.nanoTime();
		List<Loan> held = Flux.merge(Flux.fromIterable(asks), asks.size()).collectList().block(Duration.ofMinutes(10));
		double seconds = (System.nanoTime() - started) / 1e9;
		assertThat(others).isEmpty();
		Map<LocalDate, Integer> reserved = new HashMap<>();
		held.forEach(loan -> loan.days().days().forEach(day -> reserved.merge(day, loan.count(), Integer::sum)));
		assertThat(reserved.values()).allMatch(n -> n <= STOCK);
		Map<LocalDate, Integer> free = this.stock.freeOn(item.stockKind(), new DayRange(today, today.plusDays(20)))
			.block();
		free.forEach((day, n) -> {
			assertThat(n).as("free on %s", day).isGreaterThanOrEqualTo(0);
			assertThat(n + reserved.getOrDefault(day, 0)).as("stock on %s", day).isEqualTo(STOCK);
		});
		long stored = this.mongo
			.count(Query.query(Criteria.where("itemId").is(item.id()).and("status").is(BookingStatus.APPROVED)),
					"loans")
			.block();
		System.out.printf("BENCH stock reservations=%d stock=%d held=%d (stored %d) refused=%d wall=%.2fs (%.0f/s)%n",
				asks.size(), STOCK, held.size(), stored, conflicts.get(), seconds, asks.size() / seconds);
	}

}
