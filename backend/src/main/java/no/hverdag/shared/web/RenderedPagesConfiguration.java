package no.hverdag.shared.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import no.hverdag.shared.mongo.StoreWrites;
import no.hverdag.shared.security.SessionConfig;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Rendered pages for anonymous visitors ({@link RenderedPages}) and the count of this
 * node's writes they are checked against. {@code hverdag.pages.cache.ttl} (default 5 s; 0
 * turns it off) bounds how long a page is given again, {@code
 * hverdag.pages.cache.max-size} (default 16 MB) the memory the pages take.
 */
@Configuration(proxyBeanMethods = false)
class RenderedPagesConfiguration {

	/**
	 * Registered on the embedded store's client by {@code EmbeddedMongoConfig}.
	 * Rate-limit buckets and browser sessions (a signed-in visitor's every request saves
	 * theirs) are bookkeeping: no page shows them.
	 */
	@Bean
	StoreWrites storeWrites() {
		return new StoreWrites(Set.of(RateLimitStore.COLLECTION, SessionConfig.COLLECTION));
	}

	/** The same listener on the client Boot makes for an external MongoDB. */
	@Bean
	MongoClientSettingsBuilderCustomizer storeWritesListener(StoreWrites writes) {
		return settings -> settings.addCommandListener(writes);
	}

	@Bean
	RenderedPages renderedPages(ObjectProvider<CacheablePage> pages, StoreWrites writes, Clock clock,
			@Value("${hverdag.pages.cache.ttl:5s}") Duration ttl,
			@Value("${hverdag.pages.cache.max-size:16MB}") DataSize maxSize) {
		return new RenderedPages(pages.orderedStream().toList(), writes, clock, ttl, maxSize.toBytes());
	}

}
