package no.hverdag.shared.mongo;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import org.h2.mvstore.MVStore;
import de.bwaldvogel.mongo.wire.message.MessageHeader;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.embedded.EmbeddedChannel;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 10, finding 2: the embedded store answers this process's driver and nobody else
 * on the machine, although it listens on a loopback port.
 */
class EmbeddedStoreAccessTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(EmbeddedMongoConfig.class)
		.withPropertyValues("hverdag.mongo.embedded.path=memory");

	@Test
	@DisplayName("the application's own client reads and writes; another local client, with or without a guessed name, gets nothing")
	void onlyThisProcess() {
		this.runner.run(context -> {
			MongoClient own = context.getBean(MongoClient.class);
			Mono.from(own.getDatabase("hverdag")
				.getCollection("sessions")
				.insertOne(new Document("_id", "admin-session"))).block(TIMEOUT);
			assertThat(Mono.from(own.getDatabase("hverdag").getCollection("sessions").countDocuments()).block(TIMEOUT))
				.isEqualTo(1);

			MongoServer server = context.getBean(EmbeddedMongoConfig.EmbeddedStore.class).server();
			for (String name : new String[] { null, "hverdag", "guess" }) {
				try (MongoClient stranger = stranger(server, name)) {
					assertThatThrownBy(
							() -> Mono.from(stranger.getDatabase("hverdag").getCollection("sessions").find().first())
								.block(TIMEOUT))
						.as("a local client named %s reads sessions", name)
						.isInstanceOf(RuntimeException.class);
					assertThatThrownBy(() -> Mono
						.from(stranger.getDatabase("hverdag")
							.getCollection("role_assignments")
							.insertOne(new Document("role", "COORDINATOR")))
						.block(TIMEOUT)).as("a local client named %s writes a role", name)
						.isInstanceOf(RuntimeException.class);
				}
			}
			assertThat(Mono.from(own.getDatabase("hverdag").getCollection("role_assignments").countDocuments())
				.block(TIMEOUT)).isZero();
		});
	}

	@Test
	@DisplayName("a legacy OP_QUERY on a connection that never shook hands is refused and the connection closed")
	void legacyQueryRefused() {
		ProcessOnlyBackend backend = new ProcessOnlyBackend(new DurableH2Backend(MVStore.open(null)),
				ProcessOnlyBackend.newSecret());
		EmbeddedChannel channel = new EmbeddedChannel();
		MongoQuery query = new MongoQuery(channel, new MessageHeader(1, 0), "hverdag.sessions", 0, 0,
				new de.bwaldvogel.mongo.bson.Document(), null);
		assertThatThrownBy(() -> backend.handleQuery(query)).hasMessageContaining("not authorized");
		assertThat(channel.isOpen()).isFalse();
	}

	@Test
	@DisplayName("two starts draw two different secrets")
	void secretPerStart() {
		assertThat(ProcessOnlyBackend.newSecret()).isNotEqualTo(ProcessOnlyBackend.newSecret()).hasSize(43);
	}

	private static MongoClient stranger(MongoServer server, String applicationName) {
		var address = server.getLocalAddress();
		return MongoClients.create(MongoClientSettings.builder()
			.applyConnectionString(
					new ConnectionString("mongodb://" + address.getHostString() + ":" + address.getPort()))
			.applicationName(applicationName)
			.applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(3, TimeUnit.SECONDS))
			.build());
	}

}
