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
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.ReactiveMongoClientFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The store: with no MongoDB URI configured, Hverdag starts a MongoDB wire-protocol
 * server in-process, persisting to an H2 MVStore file, and points the reactive driver at
 * it; with {@code spring.mongodb.uri} (or host) it connects there, as Boot would. The
 * store answers only this process's driver ({@link ProcessOnlyBackend}).
 * <p>
 * Which of the two is decided when the application starts, from its settings, not by a
 * bean condition: Spring AOT evaluates conditions at build time, and the image is generic
 * (ADR 0026). So the client is always ours and Boot's backs off.
 */
@Configuration(proxyBeanMethods = false)
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
	 * Embedded only when nobody named a real MongoDB: no {@code spring.mongodb.uri} (nor
	 * host), and not switched off (a Testcontainers test switches it off and supplies its
	 * own connection).
	 */
	static boolean embedded(Environment env) {
		return !env.containsProperty("spring.mongodb.uri") && !env.containsProperty("spring.mongodb.host")
				&& env.getProperty("hverdag.mongo.embedded.enabled", Boolean.class, true);
	}

	/**
	 * The embedded server, or {@link EmbeddedStore#NONE} for an external store. Its
	 * secret is drawn anew at every start (see {@link ProcessOnlyBackend}), unless the
	 * operator gives one in {@code hverdag.mongo.embedded.secret} so that a second node
	 * on this host can present it too (docs/operations.md, "Two nodes").
	 */
	@Bean(destroyMethod = "close")
	EmbeddedStore embeddedStore(Environment env) throws IOException {
		if (!embedded(env)) {
			return EmbeddedStore.NONE;
		}
		String configured = env.getProperty("hverdag.mongo.embedded.secret", "");
		String secret = configured.isEmpty() ? ProcessOnlyBackend.newSecret() : SharedStoreSecret.checked(configured);
		String path = env.getProperty("hverdag.mongo.embedded.path", "./data/hverdag.mv");
		int port = env.getProperty("hverdag.mongo.embedded.port", Integer.class, 0);
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
		return new EmbeddedStore(start(store, secret, port), secret);
	}

	/**
	 * To the embedded server: Boot's own client customizers would point it at
	 * {@code spring.mongodb.uri}, so only the command listeners (such as
	 * {@link StoreWrites}) are taken over. To an external store: what Boot's
	 * {@code MongoReactiveAutoConfiguration} would make, its settings and every
	 * customizer (the connection details among them) applied.
	 */
	@Bean(destroyMethod = "close")
	MongoClient reactiveStreamsMongoClient(EmbeddedStore store, ObjectProvider<CommandListener> listeners,
			ObjectProvider<MongoClientSettings> settings,
			ObjectProvider<MongoClientSettingsBuilderCustomizer> customizers) {
		if (store.server() == null) {
			return new ReactiveMongoClientFactory(customizers.orderedStream().toList())
				.createMongoClient(settings.getIfAvailable(() -> MongoClientSettings.builder().build()));
		}
		MongoClientSettings.Builder embedded = MongoClientSettings
			.builder(clientSettings(store.server(), store.secret()));
		listeners.orderedStream().forEach(embedded::addCommandListener);
		return MongoClients.create(embedded.build());
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

	/**
	 * The embedded server and its per-start secret (never printed), or neither when the
	 * store is external.
	 */
	record EmbeddedStore(MongoServer server, String secret) implements AutoCloseable {

		static final EmbeddedStore NONE = new EmbeddedStore(null, "");

		@Override
		public void close() {
			if (this.server != null) {
				this.server.shutdown();
			}
		}

		@Override
		public String toString() {
			return "EmbeddedStore[" + (this.server == null ? "none" : this.server.getLocalAddress()) + "]";
		}

	}

}
