package no.hverdag.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a throw-away embedded store with the demo content, driven
 * through {@code WebTestClient} with mock OIDC logins (see {@link Actors}). All tests
 * with this annotation share one application context, so each makes its own data where it
 * changes anything. Anonymous search pages are kept ten minutes, not the five seconds of
 * a deployment: a change that fails to renew a kept page shows as a stale page in the
 * test that reads it, instead of being hidden by the expiry.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = { "hverdag.mongo.embedded.path=memory", "hverdag.seed.demo=true",
		"hverdag.seed.demo-issuer=" + Actors.ISSUER, "hverdag.security.admins[0].issuer=" + Actors.ISSUER,
		"hverdag.security.admins[0].subject=admin", "hverdag.rate-limits.enabled=false", "hverdag.dev.outbox-page=true",
		"hverdag.pages.cache.ttl=10m" })
@AutoConfigureWebTestClient(timeout = "PT30S")
@Import(TestClockConfig.class)
public @interface HverdagIntegrationTest {

}
