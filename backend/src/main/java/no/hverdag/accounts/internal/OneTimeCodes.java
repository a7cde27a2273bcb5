package no.hverdag.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import no.hverdag.shared.security.Hashes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
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
import org.springframework.scheduling.annotation.Scheduled;
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

	private static final Logger log = LoggerFactory.getLogger(OneTimeCodes.class);

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
		String id = Hashes.sha256Hex(reference);
		byte[] typed = Hashes.sha256Hex(reference + ":" + code).getBytes(StandardCharsets.US_ASCII);
		// Every guess first claims one of the five attempts in one conditional update;
		// only a guess that got one is compared. So however many guesses arrive at once,
		// at most five are ever weighed (issue 10: the check and the count used to be two
		// operations, and a burst of 30 got through).
		Query open = Query.query(Criteria.where("_id")
			.is(id)
			.and("expiresAt")
			.gt(this.clock.instant())
			.and("attempts")
			.lt(MAX_ATTEMPTS));
		return this.mongo
			.findAndModify(open, new Update().inc("attempts", 1), FindAndModifyOptions.options().returnNew(true),
					OneTimeCodeDocument.class)
			.filter(claimed -> MessageDigest.isEqual(claimed.codeHash().getBytes(StandardCharsets.US_ASCII), typed))
			// Right code: removed, so it works once; a second right guess finds nothing.
			.flatMap(claimed -> this.mongo.remove(Query.query(Criteria.where("_id").is(id)), OneTimeCodeDocument.class)
				.filter(removed -> removed.getDeletedCount() == 1)
				.<OneTimeToken>map(removed -> new DefaultOneTimeToken(value, claimed.username(), claimed.expiresAt())));
	}

	/**
	 * Deletes codes past their ten minutes. MongoDB's TTL index does it too; the embedded
	 * store ignores TTL indexes, and there codes were never deleted (issue 10).
	 */
	@Scheduled(fixedDelay = 5, initialDelay = 1, timeUnit = TimeUnit.MINUTES)
	void deleteExpiredNow() {
		deleteExpired(this.clock.instant()).subscribe(deleted -> {
		}, error -> log.warn("Deleting expired sign-in codes failed; the next run tries again", error));
	}

	Mono<Long> deleteExpired(Instant now) {
		return this.mongo.remove(Query.query(Criteria.where("expiresAt").lte(now)), OneTimeCodeDocument.class)
			.map(result -> result.getDeletedCount());
	}

	static String reference(OneTimeToken token) {
		return token.getTokenValue().substring(0, token.getTokenValue().lastIndexOf('.'));
	}

	static String code(OneTimeToken token) {
		return token.getTokenValue().substring(token.getTokenValue().lastIndexOf('.') + 1);
	}

}
