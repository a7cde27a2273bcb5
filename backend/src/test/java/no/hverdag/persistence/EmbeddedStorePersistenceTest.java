package no.hverdag.persistence;

import no.hverdag.support.TestClockConfig;
import org.junit.jupiter.api.DisplayName;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

@DisplayName("Persistence on the embedded store (mongo-java-server)")
@SpringBootTest(properties = "hverdag.mongo.embedded.path=memory")
@Import(TestClockConfig.class)
class EmbeddedStorePersistenceTest extends PersistenceContract {

}
