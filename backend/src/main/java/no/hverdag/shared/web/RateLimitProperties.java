package no.hverdag.shared.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often one client (one remote address) may knock on the doors worth guarding
 * ({@code hverdag.rate-limits.*}). Every value has a default, so nothing needs to be
 * configured; a limit given only in part ({@code bookings.capacity=3}) keeps the default
 * for the rest. Tokens come back greedily: a limit of 5 per 15 minutes gives one back
 * every 3 minutes.
 *
 * @param enabled whether {@link RateLimitFilter} limits anything at all (tests that fire
 * many requests from one address switch it off)
 * @param codes requesting a sign-in code ({@code POST /login/code/request}) per address;
 * default 30 per 15 minutes. A request refused as unusable (400) gives its token back.
 * @param signIn sign-in starts and attempts ({@code /oauth2/authorization/**},
 * {@code POST /login/ott}, {@code /login/oauth2/code/**}); default 30 per 5 minutes
 * @param bookings booking a slot at a kiosk or through the API, signing up, checking in;
 * default 60 per minute; a kiosk device presenting its credential counts apart from its
 * address
 * @param maxClients how many clients each limit remembers at most; beyond that the least
 * recently seen is forgotten, so memory stays bounded whatever addresses arrive
 * @param codesPerRecipient sign-in codes sent to one e-mail address or phone number,
 * whoever asks; default 3 per 15 minutes (more requests get the same answer, no message)
 * @param streams live-availability streams held open at once
 * @param reports reporting a listing ({@code POST /activities/{id}/report} and its API)
 * per address; default 10 per hour: enough for a shared Wi-Fi, too few to flood a
 * coordinator
 */
@ConfigurationProperties("hverdag.rate-limits")
public record RateLimitProperties(@DefaultValue("true") boolean enabled, Limit codes, Limit signIn, Limit bookings,
		@DefaultValue("10000") int maxClients, Limit codesPerRecipient, Streams streams, Limit reports) {

	// Per address: high enough for a library's or a school's shared Wi-Fi (issue 10); the
	// per-recipient limit is what keeps a person's phone quiet.
	static final Limit DEFAULT_CODES = new Limit(30, Duration.ofMinutes(15));

	static final Limit DEFAULT_SIGN_IN = new Limit(30, Duration.ofMinutes(5));

	static final Limit DEFAULT_BOOKINGS = new Limit(60, Duration.ofMinutes(1));

	static final Limit DEFAULT_CODES_PER_RECIPIENT = new Limit(3, Duration.ofMinutes(15));

	static final int DEFAULT_MAX_CLIENTS = 10_000;

	static final Limit DEFAULT_REPORTS = new Limit(10, Duration.ofHours(1));

	public RateLimitProperties(boolean enabled, Limit codes, Limit signIn, Limit bookings, int maxClients) {
		this(enabled, codes, signIn, bookings, maxClients, null, null, null);
	}

	@ConstructorBinding
	public RateLimitProperties {
		codes = Limit.completed(codes, DEFAULT_CODES);
		signIn = Limit.completed(signIn, DEFAULT_SIGN_IN);
		bookings = Limit.completed(bookings, DEFAULT_BOOKINGS);
		codesPerRecipient = Limit.completed(codesPerRecipient, DEFAULT_CODES_PER_RECIPIENT);
		streams = (streams != null) ? streams.completed() : Streams.DEFAULTS;
		reports = Limit.completed(reports, DEFAULT_REPORTS);
		if (maxClients < 1) {
			throw new IllegalArgumentException("hverdag.rate-limits.max-clients must be at least 1");
		}
	}

	/** What production runs with when nothing is configured. */
	public static RateLimitProperties defaults() {
		return new RateLimitProperties(true, null, null, null, DEFAULT_MAX_CLIENTS);
	}

	/**
	 * Live-availability streams held open at once.
	 *
	 * @param perClient per client address (default 4: a few tabs and a kiosk screen)
	 * @param total on this node (default 1,000)
	 */
	public record Streams(Integer perClient, Integer total) {

		static final Streams DEFAULTS = new Streams(4, 1000);

		Streams completed() {
			return new Streams((this.perClient != null) ? this.perClient : DEFAULTS.perClient,
					(this.total != null) ? this.total : DEFAULTS.total);
		}

	}

	/**
	 * At most {@code capacity} requests, refilled greedily over {@code period}.
	 *
	 * @param capacity the burst allowed, at least 1
	 * @param period the time in which the whole capacity comes back, positive
	 */
	public record Limit(Integer capacity, Duration period) {

		public Limit {
			if (capacity != null && capacity < 1) {
				throw new IllegalArgumentException("A rate limit's capacity must be at least 1, not " + capacity);
			}
			if (period != null && (period.isZero() || period.isNegative())) {
				throw new IllegalArgumentException("A rate limit's period must be positive, not " + period);
			}
		}

		static Limit completed(Limit given, Limit defaults) {
			if (given == null) {
				return defaults;
			}
			return new Limit((given.capacity() != null) ? given.capacity() : defaults.capacity(),
					(given.period() != null) ? given.period() : defaults.period());
		}

	}

}
