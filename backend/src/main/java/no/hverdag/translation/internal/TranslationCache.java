package no.hverdag.translation.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;

import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

/**
 * Translations kept per text version: the key is a hash of the translator, the language
 * pair and the exact text, so an edited text is a new key and is translated again, and
 * the original text is not stored twice. Two readers asking at once both insert; the
 * second insert loses on the key and keeps the first one's translation.
 */
@Component
public class TranslationCache {

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	TranslationCache(ReactiveMongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	public Mono<String> find(String engine, String from, String to, String text) {
		return this.mongo.findById(key(engine, from, to, text), TranslationDocument.class)
			.map(TranslationDocument::translated);
	}

	public Mono<String> keep(String engine, String from, String to, String text, String translated) {
		TranslationDocument document = new TranslationDocument(key(engine, from, to, text), engine, from, to,
				translated, this.clock.instant());
		return this.mongo.insert(document)
			.map(TranslationDocument::translated)
			.onErrorResume(DuplicateKeyException.class, taken -> find(engine, from, to, text))
			.defaultIfEmpty(translated);
	}

	static String key(String engine, String from, String to, String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update((engine + '\n' + from + '\n' + to + '\n').getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	@Document("machineTranslations")
	record TranslationDocument(@Id String id, String engine, String from, String to, String translated,
			Instant createdAt) {
	}

}
