package no.hverdag.shared.mongo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerException;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import io.netty.util.AttributeKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets only this process use the embedded store. mongo-java-server has no authentication,
 * and its loopback port is open to every local user; so each start draws a random secret,
 * the application's own driver sends it as its application name in the handshake every
 * MongoDB connection opens with ({@code hello}/{@code isMaster} carries
 * {@code client.application.name}), and a connection whose first command is not that
 * handshake with that secret is closed before anything is read or written. The secret
 * lives only in this process's memory and is never logged.
 *
 * <p>
 * Every entry point that reaches data is gated: commands (the {@code OP_MSG} path),
 * legacy queries ({@code OP_QUERY} on a collection) and the current-operations listing.
 * Only {@code ping} and a bare {@code serverStatus}, which mongo-java-server answers
 * itself without the backend's data, stay open.
 */
final class ProcessOnlyBackend implements MongoBackend {

	private static final Logger log = LoggerFactory.getLogger(ProcessOnlyBackend.class);

	private static final AttributeKey<Boolean> ADMITTED = AttributeKey.valueOf("hverdag.embedded.admitted");

	private static final Set<String> HANDSHAKES = Set.of("hello", "ismaster");

	private final MongoBackend backend;

	private final byte[] secret;

	ProcessOnlyBackend(MongoBackend backend, String secret) {
		this.backend = backend;
		this.secret = secret.getBytes(StandardCharsets.UTF_8);
	}

	/** 32 random bytes, URL-safe: fits the driver's 128-byte application name. */
	static String newSecret() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	@Override
	public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
		admit(channel, command, query);
		return this.backend.handleCommand(channel, databaseName, command, query);
	}

	@Override
	public Document handleMessage(MongoMessage message) {
		Document document = message.getDocument();
		String command = document.isEmpty() ? "" : document.keySet().iterator().next();
		admit(message.getChannel(), command, document);
		return this.backend.handleMessage(message);
	}

	@Override
	public QueryResult handleQuery(MongoQuery query) {
		requireAdmitted(query.getChannel());
		return this.backend.handleQuery(query);
	}

	@Override
	public Collection<Document> getCurrentOperations(MongoQuery query) {
		requireAdmitted(query.getChannel());
		return this.backend.getCurrentOperations(query);
	}

	private void admit(Channel channel, String command, Document query) {
		if (Boolean.TRUE.equals(channel.attr(ADMITTED).get())) {
			return;
		}
		if (HANDSHAKES.contains(command.toLowerCase(Locale.ROOT)) && carriesSecret(query)) {
			channel.attr(ADMITTED).set(Boolean.TRUE);
			return;
		}
		refuse(channel);
	}

	private void requireAdmitted(Channel channel) {
		if (!Boolean.TRUE.equals(channel.attr(ADMITTED).get())) {
			refuse(channel);
		}
	}

	private boolean carriesSecret(Document handshake) {
		if (handshake.get("client") instanceof Document client
				&& client.get("application") instanceof Document application
				&& application.get("name") instanceof String name) {
			return MessageDigest.isEqual(this.secret, name.getBytes(StandardCharsets.UTF_8));
		}
		return false;
	}

	private static void refuse(Channel channel) {
		log.warn("Refused a connection to the embedded store from {}: not this process's driver",
				channel.remoteAddress());
		channel.close();
		throw new MongoServerException("not authorized");
	}

	@Override
	public void handleClose(Channel channel) {
		this.backend.handleClose(channel);
	}

	@Override
	public void dropDatabase(String database) {
		this.backend.dropDatabase(database);
	}

	@Override
	public Document getServerStatus() {
		return this.backend.getServerStatus();
	}

	@Override
	public void close() {
		this.backend.close();
	}

	@Override
	public void closeCursors(List<Long> cursorIds) {
		this.backend.closeCursors(cursorIds);
	}

	@Override
	public Clock getClock() {
		return this.backend.getClock();
	}

	@Override
	public void enableOplog() {
		this.backend.enableOplog();
	}

	@Override
	public void disableOplog() {
		this.backend.disableOplog();
	}

	@Override
	public MongoDatabase resolveDatabase(String database) {
		return this.backend.resolveDatabase(database);
	}

	@Override
	public MongoBackend version(MongoVersion version) {
		this.backend.version(version);
		return this;
	}

}
