package no.hverdag.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import java.util.UUID;

import no.hverdag.activities.ActivityCatalogue;
import no.hverdag.activities.ActivityQuery;
import no.hverdag.support.TestClockConfig;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * On a replica set, a listing written by another node (here: straight into MongoDB, past
 * this node's publisher) reaches this node's search index through the change stream.
 * Needs Docker; skipped where there is none (as on our build machines), where the
 * single-node path (the publisher indexes what it writes) is what the other tests show.
 */
@DisplayName("Search follows MongoDB's change stream (Testcontainers)")
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(properties = { "hverdag.mongo.embedded.enabled=false", "hverdag.search.change-stream=true" })
@Import(TestClockConfig.class)
class ChangeStreamIndexingTest {

	@Container
	@ServiceConnection
	static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8");

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	ActivityCatalogue catalogue;

	@Test
	@DisplayName("a listing another node wrote is searchable here within seconds, and gone when deleted")
	void followsOtherNodes() {
		String word = "Fjernnode" + UUID.randomUUID().toString().substring(0, 6);
		String id = "other-node-" + word;
		Document written = new Document("_id", id).append("organisationId", "org")
			.append("organisationName", "Foreningen")
			.append("type", "LANGUAGE_CAFE")
			.append("originalLanguage", "nb")
			.append("texts",
					new Document("nb", new Document("title", word).append("description", "Skrevet et annet sted.")))
			.append("format", "PLAIN")
			.append("schedule",
					new Document("kind", "RECURRING").append("days", List.of("TUESDAY"))
						.append("everyWeeks", 1)
						.append("start", "18:00")
						.append("end", "20:00"))
			.append("place",
					new Document("name", "Huset").append("municipality", "1804").append("buildingType", "OTHER"))
			.append("languages", List.of("no"))
			.append("level", "NONE")
			.append("audience", "EVERYONE")
			.append("free", true)
			.append("accessibility", List.of())
			.append("signUpRequired", false)
			.append("publishedAt", java.util.Date.from(Instant.parse("2026-11-26T08:00:00Z")));
		this.mongo.insert(written, "activities").block();

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(found(word)).containsExactly(id));

		this.mongo
			.remove(new org.springframework.data.mongodb.core.query.Query(
					org.springframework.data.mongodb.core.query.Criteria.where("_id").is(id)), "activities")
			.block();
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(found(word)).isEmpty());
	}

	private List<String> found(String word) {
		return this.catalogue.search(ActivityQuery.builder().text(word).build())
			.map(page -> page.activities().stream().map(a -> a.id()).toList())
			.block();
	}

}
