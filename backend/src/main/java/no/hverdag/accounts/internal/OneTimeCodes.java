package no.hverdag.accounts.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import no.hverdag.shared.security.Hashes;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.authentication.ott.DefaultOneTimeToken;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.authentication.ott.reactive.ReactiveOneTimeTokenService;
import org.springframework.stereotype.Component;

/**
 * Sign-in codes for people without ID-porten: a random reference (kept by the browser,
 * and in the link) and a six-digit code (sent by e-mail or SMS). Valid ten minutes, used
 * once, dead after five wrong codes, stored only as SHA-256 hashes. The token value
 * Spring Security passes around is {@code reference.code}.
 */
@Component
class OneTimeCodes implements ReactiveOneTimeTokenService {

	static final Duration VALIDITY = Duration.ofMinutes(10);

	static final int MAX_ATTEMPTS = 5;

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	OneTimeCodes(ReactiveMongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	Mono<Void> createIndexes() {
		return this.mongo.indexOps(OneTimeCodeDocument.class)
			.createIndex(new Index("expiresAt", Sort.Direction.ASC).named("code_expiry").expire(0))
			.then();
	}

	@Override
	public Mono<OneTimeToken> generate(GenerateOneTimeTokenRequest request) {
		byte[] referenceBytes = new byte[18];
		this.random.nextBytes(referenceBytes);
		String reference = Base64.getUrlEncoder().withoutPadding().encodeToString(referenceBytes);
		String code = String.format("%06d", this.random.nextInt(1_000_000));
		Instant expiresAt = this.clock.instant().plus(VALIDITY);
		return this.mongo
			.insert(new OneTimeCodeDocument(Hashes.sha256Hex(reference), Hashes.sha256Hex(reference + ":" + code),
					request.getUsername(), expiresAt, 0))
			.thenReturn(new DefaultOneTimeToken(reference + "." + code, request.getUsername(), expiresAt));
	}

	@Override
	public Mono<OneTimeToken> consume(OneTimeTokenAuthenticationToken authenticationToken) {
		String value = authenticationToken.getTokenValue();
		int dot = value == null ? -1 : value.lastIndexOf('.');
		if (dot <= 0) {
			return Mono.empty();
		}
		String reference = value.substring(0, dot);
		String code = value.substring(dot + 1);
		Instant now = this.clock.instant();
		Query valid = Query.query(Criteria.where("_id")
			.is(Hashes.sha256Hex(reference))
			.and("codeHash")
			.is(Hashes.sha256Hex(reference + ":" + code))
			.and("expiresAt")
			.gt(now)
			.and("attempts")
			.lt(MAX_ATTEMPTS));
		// Right code: the document is removed in the same operation, so it works once.
		// Wrong code: one more attempt counted against the reference; the fifth kills it.
		return this.mongo.findAndRemove(valid, OneTimeCodeDocument.class)
			.<OneTimeToken>map(found -> new DefaultOneTimeToken(value, found.username(), found.expiresAt()))
			.switchIfEmpty(
					Mono.defer(() -> this.mongo
						.updateFirst(Query.query(Criteria.where("_id").is(Hashes.sha256Hex(reference))),
								new Update().inc("attempts", 1), OneTimeCodeDocument.class)
						.then(Mono.empty())));
	}

	static String reference(OneTimeToken token) {
		return token.getTokenValue().substring(0, token.getTokenValue().lastIndexOf('.'));
	}

	static String code(OneTimeToken token) {
		return token.getTokenValue().substring(token.getTokenValue().lastIndexOf('.') + 1);
	}

}
