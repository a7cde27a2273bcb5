package no.hverdag.equipment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import no.hverdag.booking.BookingStatus;
import no.hverdag.booking.DailyStock;
import no.hverdag.booking.DayRange;
import no.hverdag.booking.Holder;
import no.hverdag.equipment.internal.EquipmentStore;
import no.hverdag.support.HverdagIntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

import static no.hverdag.support.Requests.postJson;
import static no.hverdag.support.Requests.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A family reserves skis, staff hand them over and take them back, a lost helmet leaves
 * the stock, and many reservations at once never promise more than exists on any day.
 */
@HverdagIntegrationTest
class EquipmentJourneyTest {

	static final String POINT = "seed-point-bodo";

	static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

	@Autowired
	WebTestClient client;

	@Autowired
	EquipmentStore store;

	@Autowired
	DailyStock stock;

	@Autowired
	LendingRecovery recovery;

	@Autowired
	LoanReminders reminders;

	static Map<String, Object> reserve(LocalDate first, LocalDate last, int count) {
		return Map.of("first", first.toString(), "last", last.toString(), "count", count, "contact", "+4791234567");
	}

	private String loanId(WebTestClient.ResponseSpec spec) {
		String json = new String(spec.expectBody().returnResult().getResponseBody(),
				java.nio.charset.StandardCharsets.UTF_8);
		int at = json.indexOf("\"id\":\"") + 6;
		return json.substring(at, json.indexOf('"', at));
	}

	private int free(String item, LocalDate first, LocalDate last) {
		String json = new String(this.client.get()
			.uri("/api/v1/equipment/points/" + POINT + "?first=" + first + "&last=" + last)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody(), java.nio.charset.StandardCharsets.UTF_8);
		int at = json.indexOf("\"id\":\"" + item + "\"");
		int freeAt = json.indexOf("\"free\":", at) + 7;
		return Integer.parseInt(json.substring(freeAt, json.indexOf('}', freeAt)).trim());
	}

	@Test
	@DisplayName("a family reserves two pairs of skis; staff register pick-up and return; the days are free again")
	void reservePickUpReturn() {
		String family = "family-" + System.nanoTime();
		String item = POINT + "-ski-140";
		LocalDate first = TODAY.plusDays(3);
		LocalDate last = TODAY.plusDays(5);
		int before = free(item, first, last);
		String loan = loanId(postJson(signedIn(this.client, family), reserve(first, last, 2),
				"/api/v1/equipment/items/{i}/reservations", item)
			.expectStatus()
			.isCreated());
		assertThat(free(item, first, last)).isEqualTo(before - 2);
		signedIn(this.client, family).post()
			.uri("/api/v1/equipment/loans/" + loan + "/pickup")
			.exchange()
			.expectStatus()
			.isForbidden();
		signedIn(this.client, "utlan-bodo").post()
			.uri("/api/v1/equipment/loans/" + loan + "/pickup")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("OUT");
		signedIn(this.client, "utlan-bodo").post()
			.uri("/api/v1/equipment/loans/" + loan + "/return")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("RETURNED");
		assertThat(free(item, first, last)).isEqualTo(before);
		signedIn(this.client, "utlan-bodo").post()
			.uri("/api/v1/equipment/loans/" + loan + "/return")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.CONFLICT);
	}

	@Test
	@DisplayName("more than exist, longer than the rules, in the past, or more than are free: a clear no, nothing written")
	void refusals() {
		String person = "person-" + System.nanoTime();
		String item = POINT + "-tent-3";
		WebTestClient asPerson = signedIn(this.client, person);
		postJson(asPerson, reserve(TODAY.plusDays(2), TODAY.plusDays(3), 3), "/api/v1/equipment/items/{i}/reservations",
				item)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("count");
		postJson(asPerson, reserve(TODAY.plusDays(2), TODAY.plusDays(10), 1),
				"/api/v1/equipment/items/{i}/reservations", item)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("last");
		postJson(asPerson, reserve(TODAY.minusDays(2), TODAY, 1), "/api/v1/equipment/items/{i}/reservations", item)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("first");
		postJson(asPerson, reserve(TODAY.plusDays(8), TODAY.plusDays(9), 2), "/api/v1/equipment/items/{i}/reservations",
				item)
			.expectStatus()
			.isCreated();
		postJson(signedIn(this.client, "other-" + System.nanoTime()), reserve(TODAY.plusDays(9), TODAY.plusDays(10), 1),
				"/api/v1/equipment/items/{i}/reservations", item)
			.expectStatus()
			.isEqualTo(HttpStatus.CONFLICT);
		assertThat(this.store.ofHolder(no.hverdag.support.Actors.ISSUER, person).count().block()).isEqualTo(1);
	}

	@Test
	@DisplayName("a walk-in helmet reported broken leaves the stock; an overdue loan shows on the staff desk")
	void lostAndOverdue() {
		String item = POINT + "-helmet-s";
		int stockBefore = this.store.item(item).block().stock();
		String loan = loanId(postJson(signedIn(this.client, "utlan-bodo"),
				Map.of("last", TODAY.plusDays(2).toString(), "count", 1, "name", "Amina", "contact", ""),
				"/api/v1/equipment/items/{i}/walk-ins", item)
			.expectStatus()
			.isCreated());
		postJson(signedIn(this.client, "utlan-bodo"), Map.of("note", ""), "/api/v1/equipment/loans/" + loan + "/loss")
			.expectStatus()
			.isBadRequest();
		postJson(signedIn(this.client, "utlan-bodo"), Map.of("note", "Sprukket skall"),
				"/api/v1/equipment/loans/" + loan + "/loss")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("LOST");
		assertThat(this.store.item(item).block().stock()).isEqualTo(stockBefore - 1);
		assertThat(free(item, TODAY.plusDays(1), TODAY.plusDays(2))).isEqualTo(stockBefore - 1);
		Loan late = new Loan("late-" + System.nanoTime(), POINT, POINT + "-skates-35",
				new Holder("urn:test", "late", "Sen Låner", ""), 1,
				new DayRange(TODAY.minusDays(5), TODAY.minusDays(1)), BookingStatus.OUT, false,
				Instant.parse("2026-11-20T10:00:00Z"), null, null, null);
		this.store.insert(late).block();
		signedIn(this.client, "utlan-bodo").get()
			.uri("/api/v1/equipment/points/" + POINT + "/desk")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.overdue[?(@.id == '" + late.id() + "')]")
			.exists();
		String page = signedIn(this.client, "utlan-bodo").get()
			.uri("/equipment/points/" + POINT + "/desk?lang=nb")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("Sen Låner");
		signedIn(this.client, "frivillig-bodo").get()
			.uri("/api/v1/equipment/points/" + POINT + "/desk")
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	@DisplayName("forty reservations at once over random periods never take more than the stock on any day")
	void concurrentReservations() throws Exception {
		String item = POINT + "-vest-child";
		int total = this.store.item(item).block().stock();
		Random random = new Random(14);
		List<Callable<HttpStatus>> asks = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			LocalDate first = TODAY.plusDays(1 + random.nextInt(6));
			LocalDate last = first.plusDays(random.nextInt(4));
			int count = 1 + random.nextInt(2);
			String subject = "racer-" + i + "-" + System.nanoTime();
			asks.add(() -> HttpStatus.valueOf(postJson(signedIn(this.client, subject), reserve(first, last, count),
					"/api/v1/equipment/items/{i}/reservations", item)
				.returnResult(String.class)
				.getStatus()
				.value()));
		}
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<HttpStatus> answers = new ArrayList<>();
		for (Future<HttpStatus> answer : pool.invokeAll(asks, 2, TimeUnit.MINUTES)) {
			answers.add(answer.get());
		}
		pool.shutdown();
		assertThat(answers).allMatch(s -> s == HttpStatus.CREATED || s == HttpStatus.CONFLICT);
		assertThat(answers).contains(HttpStatus.CREATED, HttpStatus.CONFLICT);
		List<Loan> held = this.store.withStatus(List.of(BookingStatus.APPROVED))
			.filter(loan -> loan.itemId().equals(item))
			.collectList()
			.block();
		Map<LocalDate, Integer> reserved = new HashMap<>();
		held.forEach(loan -> loan.days().days().forEach(day -> reserved.merge(day, loan.count(), Integer::sum)));
		assertThat(reserved.values()).allMatch(n -> n <= total);
		Map<LocalDate, Integer> free = this.stock.freeOn("item:" + item, new DayRange(TODAY, TODAY.plusDays(12)))
			.block();
		free.forEach((day, n) -> {
			assertThat(n).as("free on %s", day).isGreaterThanOrEqualTo(0);
			assertThat(n + reserved.getOrDefault(day, 0)).as("stock on %s", day).isEqualTo(total);
		});
	}

	@Test
	@DisplayName("a reservation left half-way is rolled back by recovery; a return reminder is sent once")
	void recoveryAndReminder() {
		String item = POINT + "-ski-160";
		DayRange days = new DayRange(TODAY.plusDays(10), TODAY.plusDays(11));
		Loan stuck = new Loan("stuck-" + System.nanoTime(), POINT, item, new Holder("urn:test", "x", "X", ""), 1, days,
				BookingStatus.PENDING_HOLD, false, Instant.parse("2026-11-26T07:00:00Z"),
				Instant.parse("2026-11-26T07:00:00Z"), null, null);
		this.store.insert(stuck).block();
		assertThat(this.stock.take("item:" + item, 3, stuck.id(), 1, days).block()).isTrue();
		assertThat(this.recovery.recover().block()).isGreaterThanOrEqualTo(1L);
		assertThat(this.store.loan(stuck.id()).block()).isNull();
		assertThat(this.stock.freeOn("item:" + item, days).block().values()).containsOnly(3);
		postJson(signedIn(this.client, "family-" + System.nanoTime()), reserve(TODAY, TODAY.plusDays(1), 1),
				"/api/v1/equipment/items/{i}/reservations", item)
			.expectStatus()
			.isCreated();
		assertThat(this.reminders.remindTomorrow().block()).isGreaterThanOrEqualTo(1L);
		assertThat(this.reminders.remindTomorrow().block()).isZero();
	}

}
