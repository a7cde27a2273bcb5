package no.hverdag.shared.security;

import no.hverdag.shared.StartupStep;
import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.session.data.mongo.config.annotation.web.reactive.EnableMongoWebSession;

/**
 * Browser sessions live in MongoDB's {@code sessions} collection, so any node can serve
 * any request and signing out deletes the session for all of them. Only signed-in people
 * have sessions: anonymous visitors carry their CSRF token in a cookie instead.
 */
@Configuration(proxyBeanMethods = false)
@EnableMongoWebSession(maxInactiveIntervalInSeconds = SessionConfig.IDLE_SECONDS, collectionName = "sessions")
public class SessionConfig {

	static final int IDLE_SECONDS = 1800;

	/**
	 * The repository creates its TTL index only when a blocking MongoOperations exists,
	 * which a reactive application has none of; without it expired sessions would never
	 * be deleted.
	 */
	@Bean
	StartupStep sessionExpiryIndex(ReactiveMongoTemplate mongo) {
		return new StartupStep() {

			@Override
			protected Mono<?> run() {
				return mongo.indexOps("sessions")
					.createIndex(new Index("expireAt", Sort.Direction.ASC).named("session_expiry").expire(0));
			}

			@Override
			public int getPhase() {
				return SCHEMA;
			}

		};
	}

}
