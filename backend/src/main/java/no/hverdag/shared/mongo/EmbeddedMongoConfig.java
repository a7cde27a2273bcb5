package no.hverdag.shared.mongo;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: with no MongoDB URI configured, Hverdag starts a MongoDB
 * wire-protocol server in-process, persisting to an H2 MVStore file, and points the
 * reactive driver at it. Boot's own Mongo client configuration backs off because we
 * supply the client. The store answers only this process's driver
 * ({@link ProcessOnlyBackend}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedMongoCondition.class)
public class EmbeddedMongoConfig {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoConfig.class);

	/** Drawn anew at every start; see {@link ProcessOnlyBackend}. */
	@Bean
	EmbeddedStoreSecret embeddedStoreSecret() {
		return new EmbeddedStoreSecret(ProcessOnlyBackend.newSecret());
	}

	@Bean(destroyMethod = "shutdown")
	MongoServer embeddedMongoServer(@Value("${hverdag.mongo.embedded.path:./data/hverdag.mv}") String path,
			EmbeddedStoreSecret secret) throws IOException {
		MVStore store;
		if ("memory".equals(path)) {
			store = MVStore.open(null);
		}
		else {
			Path file = Path.of(path).toAbsolutePath();
			Files.createDirectories(file.getParent());
			store = new MVStore.Builder().fileName(file.toString()).compress().open();
			log.info("Embedded MongoDB store in {}", file);
		}
		return start(store, secret.value());
	}

	@Bean(destroyMethod = "close")
	MongoClient reactiveStreamsMongoClient(MongoServer embeddedMongoServer, EmbeddedStoreSecret secret) {
		return MongoClients.create(clientSettings(embeddedMongoServer, secret.value()));
	}

	/**
	 * The server on a loopback port, committing every write before it answers, and
	 * admitting only connections that present the secret.
	 */
	static MongoServer start(MVStore store, String secret) {
		MongoServer server = new MongoServer(new ProcessOnlyBackend(new DurableH2Backend(store), secret));
		server.bind("127.0.0.1", 0);
		return server;
	}

	/** The driver's settings: the server's address, the secret as application name. */
	static MongoClientSettings clientSettings(MongoServer server, String secret) {
		InetSocketAddress address = server.getLocalAddress();
		return MongoClientSettings.builder()
			.applyConnectionString(
					new ConnectionString("mongodb://" + address.getHostString() + ":" + address.getPort()))
			.applicationName(secret)
			.build();
	}

	/** The per-start secret; never printed. */
	record EmbeddedStoreSecret(String value) {

		@Override
		public String toString() {
			return "EmbeddedStoreSecret[hidden]";
		}

	}

}
