package no.hverdag.shared.mongo;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

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
 * supply the client.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedMongoCondition.class)
public class EmbeddedMongoConfig {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoConfig.class);

	@Bean(destroyMethod = "shutdown")
	MongoServer embeddedMongoServer(@Value("${hverdag.mongo.embedded.path:./data/hverdag.mv}") String path)
			throws IOException {
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
		MongoServer server = new MongoServer(new DurableH2Backend(store));
		server.bind("127.0.0.1", 0);
		return server;
	}

	@Bean(destroyMethod = "close")
	MongoClient reactiveStreamsMongoClient(MongoServer embeddedMongoServer) {
		InetSocketAddress address = embeddedMongoServer.getLocalAddress();
		return MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
	}

}
