package no.hverdag.shared.mongo;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoManagedTypes;

/**
 * The store's mapping of each document class is worked out when the class is first read
 * or written, not all 28 of them while the application starts (issue 18: about 0.14 s of
 * the start path, docs/performance.md "Fifth round"). Spring Boot otherwise hands every
 * {@code @Document} class to the mapping context up front; most of them are first used by
 * the start-up steps, which run side by side, or by the first request that needs them.
 * <p>
 * This holds only while no document class has a {@code @TypeAlias}: a stored alias can be
 * read back only once its class is known to the mapping context. Without one the stored
 * type hint is the class name, which resolves on its own ({@code MappingOnFirstUseTest}
 * keeps it so).
 */
@Configuration(proxyBeanMethods = false)
class MappingOnFirstUse {

	@Bean
	MongoManagedTypes mongoManagedTypes() {
		return MongoManagedTypes.empty();
	}

}
