package no.hverdag.shared.mongo;

import com.mongodb.reactivestreams.client.MongoClient;
import de.bwaldvogel.mongo.MongoServer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded store starts only when nobody named a real MongoDB. */
class EmbeddedMongoConfigTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(EmbeddedMongoConfig.class)
		.withPropertyValues("hverdag.mongo.embedded.path=memory");

	@Test
	@DisplayName("with no MongoDB configured, an embedded server starts and the driver points at it")
	void embeddedByDefault() {
		this.runner.run(context -> {
			assertThat(context).hasSingleBean(MongoServer.class).hasSingleBean(MongoClient.class);
			int port = context.getBean(MongoServer.class).getLocalAddress().getPort();
			assertThat(context.getBean(MongoClient.class).getClusterDescription().getClusterSettings().getHosts())
				.singleElement()
				.satisfies(host -> assertThat(host.getPort()).isEqualTo(port));
		});
	}

	@Test
	@DisplayName("with spring.mongodb.uri set, nothing embedded starts")
	void realMongoWhenConfigured() {
		this.runner.withPropertyValues("spring.mongodb.uri=mongodb://mongo.example:27017/hverdag")
			.run(context -> assertThat(context).doesNotHaveBean(MongoServer.class).doesNotHaveBean(MongoClient.class));
	}

	@Test
	@DisplayName("switched off explicitly (a container test supplies its own connection), nothing embedded starts")
	void switchedOff() {
		this.runner.withPropertyValues("hverdag.mongo.embedded.enabled=false")
			.run(context -> assertThat(context).doesNotHaveBean(MongoServer.class));
	}

}
