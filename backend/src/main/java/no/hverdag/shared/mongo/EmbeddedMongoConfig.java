package no.hverdag.shared.mongo;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.event.CommandListener;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
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

	/**
	 * The embedded server's worker threads. Each runs the commands of its connections one
	 * at a time and blocks while a write waits for its commit ({@link DurableH2Backend}):
	 * with Netty's default (two per core) at most four writes could share a commit, and a
	 * waiting write held up every read on its worker. The driver opens up to 100
	 * connections; 32 mostly idle threads cost little.
	 */
	static final int WORKERS = 32;

	/**
	 * Drawn anew at every start (see {@link ProcessOnlyBackend}), unless the operator
	 * gives one in {@code hverdag.mongo.embedded.secret} so that a second node on this
	 * host can present it too (docs/operations.md, "Two nodes").
	 */
	@Bean
	EmbeddedStoreSecret embeddedStoreSecret(@Value("${hverdag.mongo.embedded.secret:}") String configured) {
		if (configured.isEmpty()) {
			return new EmbeddedStoreSecret(ProcessOnlyBackend.newSecret());
		}
		return new EmbeddedStoreSecret(SharedStoreSecret.checked(configured));
	}

	@Bean(destroyMethod = "shutdown")
	MongoServer embeddedMongoServer(@Value("${hverdag.mongo.embedded.path:./data/hverdag.mv}") String path,
			@Value("${hverdag.mongo.embedded.port:0}") int port, EmbeddedStoreSecret secret) throws IOException {
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
		return start(store, secret.value(), port);
	}

	/**
	 * Boot's own client customizers would point it at {@code spring.mongodb.uri}; only
	 * the command listeners (such as {@link StoreWrites}) are taken over.
	 */
	@Bean(destroyMethod = "close")
	MongoClient reactiveStreamsMongoClient(MongoServer embeddedMongoServer, EmbeddedStoreSecret secret,
			ObjectProvider<CommandListener> listeners) {
		MongoClientSettings.Builder settings = MongoClientSettings
			.builder(clientSettings(embeddedMongoServer, secret.value()));
		listeners.orderedStream().forEach(settings::addCommandListener);
		return MongoClients.create(settings.build());
	}

	/**
	 * The server on a loopback port, committing every write before it answers, and
	 * admitting only connections that present the secret.
	 */
	static MongoServer start(MVStore store, String secret) {
		return start(store, secret, 0);
	}

	/**
	 * As above on a given loopback port (0: any free one). Always loopback: the secret
	 * travels in clear text in the handshake, so a second node must run on this host.
	 */
	static MongoServer start(MVStore store, String secret, int port) {
		return start(new DurableH2Backend(store), secret, port);
	}

	/** As above with a given backend (the durability test reads its commit counts). */
	static MongoServer start(DurableH2Backend backend, String secret, int port) {
		MongoServer server = new MongoServer(new ProcessOnlyBackend(backend, secret));
		server.bind(new InetSocketAddress("127.0.0.1", port), 1, WORKERS);
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
