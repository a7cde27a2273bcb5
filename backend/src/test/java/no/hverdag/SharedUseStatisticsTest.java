package no.hverdag;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.hverdag.buddies.Answer;
import no.hverdag.buddies.Pairing;
import no.hverdag.support.Actors;
import no.hverdag.support.HverdagIntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rooms, equipment and culture buddies in the statistics (issue 16), with the same
 * suppression as every other count. The documents are written straight into the other
 * modules' collections, in their stored shape, as the statistics read them: Sokndal
 * (1111) has no demo data and no other test uses it, so its counts are exactly these.
 */
@HverdagIntegrationTest
class SharedUseStatisticsTest {

	static final String SOKNDAL = "1111";

	@Autowired
	WebTestClient client;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Test
	@DisplayName("room bookings, things lent and buddy pairs are counted per municipality; 1 to 4 are shown as suppressed; the country has the charts too")
	void sharedUseIsCountedAndSmallCountsSuppressed() {
		Instant december = Instant.parse("2026-12-01T10:00:00Z");
		String venue = "stat-venue-" + UUID.randomUUID();
		insert("venues", new Document("_id", venue).append("municipality", SOKNDAL).append("name", "Stat-huset"));
		for (int i = 0; i < 7; i++) {
			insert("room_bookings",
					new Document("_id", UUID.randomUUID().toString()).append("venueId", venue)
						.append("status", i < 5 ? "APPROVED" : "DECLINED")
						.append("requestedAt", Date.from(december))
						.append("holder", new Document("name", "Hemmelig Navn")));
		}
		String point = "stat-point-" + UUID.randomUUID();
		insert("lending_points", new Document("_id", point).append("municipality", SOKNDAL));
		// Whole items, as the equipment module stores them: the test store is shared, and
		// other tests read every item.
		insert("items",
				new Document("_id", point + "-skis").append("pointId", point)
					.append("category", "SKIS")
					.append("name", "Ski")
					.append("size", "")
					.append("stock", 5));
		insert("items",
				new Document("_id", point + "-helmet").append("pointId", point)
					.append("category", "HELMET")
					.append("name", "Hjelm")
					.append("size", "")
					.append("stock", 5));
		for (int i = 0; i < 3; i++) {
			insert("loans", loan(point, point + "-skis", 2, "OUT", december));
		}
		insert("loans", loan(point, point + "-helmet", 1, "RETURNED", december));
		insert("loans", loan(point, point + "-helmet", 9, "CANCELLED", december));
		String programme = "stat-programme-" + UUID.randomUUID();
		insert("buddy_programmes", new Document("_id", programme).append("municipality", SOKNDAL));
		List<Object> pairings = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			Answer local = i < 5 ? Answer.YES : Answer.NO;
			pairings.add(this.mongo.getConverter()
				.convertToMongoType(new Pairing("p" + i, "n" + i, "l" + i, List.of(), Answer.YES, december, local,
						december, december.plusSeconds(86_400 * 14), 0, List.of(), false, null, null, null, null)));
		}
		insert("buddy_rounds",
				new Document("_id", UUID.randomUUID().toString()).append("programmeId", programme)
					.append("status", "PUBLISHED")
					.append("pairings", pairings));

		Map<String, Object> report = get("/api/v1/statistics/municipalities/" + SOKNDAL);
		assertThat(row(report, "venueBookingsByStatus", "APPROVED")).containsEntry("count", 5);
		assertThat(row(report, "venueBookingsByStatus", "DECLINED")).containsEntry("suppressed", true)
			.containsEntry("count", null);
		assertThat(row(report, "venueBookingsByMonth", "2026-12")).containsEntry("count", 5);
		assertThat(row(report, "loansByCategory", "SKIS")).containsEntry("count", 6);
		assertThat(row(report, "loansByCategory", "HELMET")).containsEntry("suppressed", true);
		assertThat(row(report, "loansByMonth", "2026-12")).containsEntry("count", 7);
		assertThat(row(report, "buddyPairsByStatus", "ACTIVE")).containsEntry("count", 5);
		assertThat(row(report, "buddyPairsByStatus", "DECLINED")).containsEntry("suppressed", true);
		assertThat(row(report, "buddyPairsByMonth", "2026-12")).containsEntry("count", 5);
		String raw = this.client.get()
			.uri("/api/v1/statistics/municipalities/" + SOKNDAL)
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(raw).doesNotContain("Hemmelig").doesNotContain("Stat-huset");

		assertThat(names(get("/api/v1/statistics/country"))).contains("venueBookingsByStatus", "venueBookingsByMonth",
				"loansByCategory", "loansByMonth", "buddyPairsByStatus", "buddyPairsByMonth");

		String csv = this.client.mutateWith(Actors.as("admin"))
			.get()
			.uri("/statistics/municipalities/" + SOKNDAL + "/export.csv?lang=nb")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(csv).contains("Utlånt utstyr etter type").contains(",Ski,6").contains(",Hjelm,\"under 5\"");
	}

	private static Document loan(String point, String item, int count, String status, Instant at) {
		return new Document("_id", UUID.randomUUID().toString()).append("pointId", point)
			.append("itemId", item)
			.append("count", count)
			.append("status", status)
			.append("createdAt", Date.from(at));
	}

	/**
	 * What this test inserted, taken out again afterwards: its documents carry only the
	 * fields the statistics read, and the test store is shared with tests that read whole
	 * rounds, items and venues.
	 */
	private final java.util.List<java.util.Map.Entry<String, Object>> inserted = new java.util.ArrayList<>();

	@org.junit.jupiter.api.AfterEach
	void takeOut() {
		this.inserted
			.forEach(
					entry -> this.mongo
						.remove(org.springframework.data.mongodb.core.query.Query.query(
								org.springframework.data.mongodb.core.query.Criteria.where("_id").is(entry.getValue())),
								entry.getKey())
						.block());
		this.inserted.clear();
	}

	private void insert(String collection, Document document) {
		this.inserted.add(java.util.Map.entry(collection, document.get("_id")));
		this.mongo.insert(document, collection).block();
	}

	private Map<String, Object> get(String uri) {
		return this.client.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(StatisticsTest.MAP)
			.returnResult()
			.getResponseBody();
	}

	@SuppressWarnings("unchecked")
	private static List<String> names(Map<String, Object> report) {
		return ((List<Map<String, Object>>) report.get("series")).stream().map(s -> (String) s.get("name")).toList();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> row(Map<String, Object> report, String series, String key) {
		return ((List<Map<String, Object>>) report.get("series")).stream()
			.filter(s -> series.equals(s.get("name")))
			.flatMap(s -> ((List<Map<String, Object>>) s.get("rows")).stream())
			.filter(r -> key.equals(r.get("key")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row " + key + " in " + series + ": " + report));
	}

}
