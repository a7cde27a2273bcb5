package no.hverdag.shared.mongo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Embedded only when nobody named a real MongoDB: no {@code spring.mongodb.uri} (nor
 * host), and not switched off (a Testcontainers test switches it off and supplies its own
 * connection).
 */
class EmbeddedMongoCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Environment env = context.getEnvironment();
		return !env.containsProperty("spring.mongodb.uri") && !env.containsProperty("spring.mongodb.host")
				&& env.getProperty("hverdag.mongo.embedded.enabled", Boolean.class, true);
	}

}
