package no.hverdag.shared.security;

import java.util.List;

import com.fasterxml.jackson.databind.module.SimpleModule;
import no.hverdag.shared.StartupStep;
import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.authentication.ott.OneTimeTokenAuthentication;
import org.springframework.session.data.mongo.AbstractMongoSessionConverter;
import org.springframework.session.data.mongo.JacksonMongoSessionConverter;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.session.data.mongo.config.annotation.web.reactive.EnableMongoWebSession;

/**
 * Browser sessions live in MongoDB's {@code web_sessions} collection, so any node can
 * serve any request and signing out deletes the session for all of them. Only signed-in
 * people have sessions: anonymous visitors carry their CSRF token in a cookie instead.
 *
 * <p>
 * Attributes are stored as JSON through Spring Security's Jackson modules, whose type
 * allowlist names every class that may be read back; never by Java serialization, which
 * would turn write access to the store into running code of the writer's choosing (issue
 * 10). The collection is the web sessions' own: the human library's sessions (a meeting
 * with a person to borrow) live in {@code sessions}, and a cookie naming one of those
 * used to break every page.
 */
@Configuration(proxyBeanMethods = false)
@EnableMongoWebSession(maxInactiveIntervalInSeconds = SessionConfig.IDLE_SECONDS,
		collectionName = SessionConfig.COLLECTION)
public class SessionConfig {

	static final int IDLE_SECONDS = 1800;

	public static final String COLLECTION = "web_sessions";

	@Bean
	AbstractMongoSessionConverter mongoSessionConverter() {
		SimpleModule oneTimeCodes = new SimpleModule("hverdag-sessions");
		oneTimeCodes.setMixInAnnotation(OneTimeTokenAuthentication.class, OneTimeTokenAuthenticationMixin.class);
		return new JacksonMongoSessionConverter(List.of(oneTimeCodes));
	}

	/**
	 * The repository creates its TTL index only when a blocking MongoOperations exists,
	 * which a reactive application has none of; without it expired sessions would never
	 * be deleted on MongoDB (the embedded store ignores TTL: {@code StoreSweeper} deletes
	 * there). Web sessions written before issue 10 (Java-serialized, in the human
	 * library's collection) are deleted once: they could not be read any more.
	 */
	@Bean
	StartupStep sessionExpiryIndex(ReactiveMongoTemplate mongo) {
		return new StartupStep() {

			@Override
			protected Mono<?> run() {
				return mongo.indexOps(COLLECTION)
					.createIndex(new Index("expireAt", Sort.Direction.ASC).named("session_expiry").expire(0))
					.then(mongo.remove(Query.query(Criteria.where("attr").exists(true).and("libraryId").exists(false)),
							"sessions"));
			}

			@Override
			public int getPhase() {
				return SCHEMA;
			}

		};
	}

	/**
	 * No node keeps OAuth2 authorized clients (issue 17): nothing here uses a person's
	 * tokens after sign-in, and the session must not hold them (see
	 * {@link SignInOnlyAuthorizedClients}).
	 */
	@Bean
	ServerOAuth2AuthorizedClientRepository authorizedClientRepository() {
		return new SignInOnlyAuthorizedClients();
	}

}
