package no.hverdag.shared.mongo;

import java.util.regex.Pattern;

/**
 * A secret the operator configured for the embedded store
 * ({@code hverdag.mongo.embedded.secret}) so that a second node on the same host can
 * connect: it sends the same value as its driver's application name
 * ({@code spring.mongodb.uri=mongodb://127.0.0.1:PORT/hverdag?appName=SECRET}). It must
 * be as hard to guess as the drawn one (at least 32 characters) and fit the driver's
 * 128-byte application name, in characters that need no escaping in a URI.
 */
final class SharedStoreSecret {

	private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_-]{32,128}");

	private SharedStoreSecret() {
	}

	/** The configured secret, or a start-up failure that says what is wrong with it. */
	static String checked(String configured) {
		if (!SAFE.matcher(configured).matches()) {
			// Never echo the value: it may be nearly right.
			throw new IllegalStateException("hverdag.mongo.embedded.secret must be 32 to 128 characters of "
					+ "A-Z, a-z, 0-9, '-' and '_' (for example: openssl rand -base64 48 | tr '+/' '-_' | tr -d '=')");
		}
		return configured;
	}

}
