package no.hverdag.persistence;

import no.hverdag.support.TestClockConfig;
import org.junit.jupiter.api.DisplayName;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Import;

/**
 * The same contract on a real MongoDB 8; skipped where there is no Docker (as on our
 * build machines).
 */
@DisplayName("Persistence on MongoDB 8 (Testcontainers)")
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(properties = "hverdag.mongo.embedded.enabled=false")
@Import(TestClockConfig.class)
class MongoContainerPersistenceTest extends PersistenceContract {

	@Container
	@ServiceConnection
	static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8");

}
