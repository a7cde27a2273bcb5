package no.hverdag.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Supplier;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Remembers which version of its input a piece of start-up work (loading reference data,
 * a demo seed) was last done for, so a restart skips work whose input has not changed
 * (issue 18: a restart must not redo the first start's work). The version is a checksum
 * of everything the work reads: the seed file and the class that does it. A mark is
 * written only after the work has finished, so a crash in the middle leaves no mark and
 * the work, which must be idempotent, runs again at the next start.
 */
@Component
public class StartupMarks {

	static final String COLLECTION = "startup_marks";

	private static final Logger log = LoggerFactory.getLogger(StartupMarks.class);

	private final ReactiveMongoTemplate mongo;

	StartupMarks(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Runs the work unless it was done for this version; emits whether it ran.
	 */
	public Mono<Boolean> unlessDone(String name, String version, Supplier<Mono<?>> work) {
		return this.mongo.findById(name, Document.class, COLLECTION)
			.map(mark -> version.equals(mark.getString("version")))
			.defaultIfEmpty(false)
			.flatMap(done -> {
				if (done) {
					log.info("Start-up work {} skipped: done before for this version", name);
					return Mono.just(false);
				}
				return Mono.defer(work)
					.then(this.mongo.upsert(Query.query(Criteria.where("_id").is(name)),
							new Update().set("version", version).set("at", Instant.now()), COLLECTION))
					.thenReturn(true);
			});
	}

	/** A checksum over the given parts, each of them length-prefixed. */
	public static String checksum(byte[]... parts) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (byte[] part : parts) {
				digest.update(Integer.toString(part.length).getBytes(StandardCharsets.US_ASCII));
				digest.update((byte) ':');
				digest.update(part);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The bytes of a class-path resource (a seed file). */
	public static byte[] resource(String path) {
		return resource(path, StartupMarks.class.getClassLoader());
	}

	// Always the application's own class loader, never the thread's context loader: a
	// background step may continue on a common-pool thread, whose context loader is the
	// system one, which in the packaged jar sees neither BOOT-INF/classes nor the
	// libraries.
	private static byte[] resource(String path, ClassLoader loader) {
		try (InputStream in = new ClassPathResource(path, loader).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The compiled class: a seed written in code changes its version whenever its code
	 * changes, with nobody having to remember to bump a number.
	 */
	public static byte[] code(Class<?> type) {
		return resource(type.getName().replace('.', '/') + ".class", type.getClassLoader());
	}

	public static byte[] text(String value) {
		return value.getBytes(StandardCharsets.UTF_8);
	}

}
