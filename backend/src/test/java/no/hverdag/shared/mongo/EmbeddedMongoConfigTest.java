package no.hverdag.shared.mongo;

import com.mongodb.reactivestreams.client.MongoClient;
import no.hverdag.shared.mongo.EmbeddedMongoConfig.EmbeddedStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mongodb.autoconfigure.MongoReactiveAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded store starts only when nobody named a real MongoDB, decided when the
 * application starts (not by a bean condition, which Spring AOT fixes at build time): the
 * same beans exist either way, and the client points at the one store configured.
 */
class EmbeddedMongoConfigTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MongoReactiveAutoConfiguration.class))
		.withUserConfiguration(EmbeddedMongoConfig.class)
		.withPropertyValues("hverdag.mongo.embedded.path=memory");

	@Test
	@DisplayName("with no MongoDB configured, an embedded server starts and the driver points at it")
	void embeddedByDefault() {
		this.runner.run(context -> {
			assertThat(context).hasSingleBean(EmbeddedStore.class).hasSingleBean(MongoClient.class);
			assertThat(context.getBean(EmbeddedStore.class).server()).isNotNull();
			int port = context.getBean(EmbeddedStore.class).server().getLocalAddress().getPort();
			assertThat(context.getBean(MongoClient.class).getClusterDescription().getClusterSettings().getHosts())
				.singleElement()
				.satisfies(host -> assertThat(host.getPort()).isEqualTo(port));
		});
	}

	@Test
	@DisplayName("with spring.mongodb.uri set, nothing embedded starts and the one client goes to that MongoDB")
	void realMongoWhenConfigured() {
		this.runner.withPropertyValues("spring.mongodb.uri=mongodb://mongo.example:27017/hverdag").run(context -> {
			assertThat(context.getBean(EmbeddedStore.class).server()).isNull();
			assertThat(context).hasSingleBean(MongoClient.class);
			assertThat(context.getBean(MongoClient.class).getClusterDescription().getClusterSettings().getHosts())
				.singleElement()
				.satisfies(host -> assertThat(host.toString()).isEqualTo("mongo.example:27017"));
		});
	}

	@Test
	@DisplayName("switched off explicitly (a container test supplies its own connection), nothing embedded starts")
	void switchedOff() {
		this.runner.withPropertyValues("hverdag.mongo.embedded.enabled=false")
			.run(context -> assertThat(context.getBean(EmbeddedStore.class).server()).isNull());
	}

}
