package no.hverdag.shared.operations;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import no.hverdag.shared.HverdagException;

/**
 * The platform's own meters, named in one place so dashboards and alerts have one list to
 * follow (docs/operations.md). They live in Micrometer's global registry, to which Boot
 * adds the Prometheus registry, so a feature records an outcome with one static call and
 * needs no extra constructor parameter; without Actuator (plain unit tests) the calls
 * cost nothing.
 */
public final class PlatformMetrics {

	private PlatformMetrics() {
	}

	/**
	 * A library booking taken ({@code outcome=taken}) or refused
	 * ({@code outcome=<reason>}).
	 */
	public static void booking(String outcome) {
		Counter.builder("hverdag.bookings")
			.description("Human-library booking attempts by outcome")
			.tag("outcome", outcome)
			.register(Metrics.globalRegistry)
			.increment();
	}

	/** A sign-up for an activity: {@code confirmed}, {@code waiting} or a refusal. */
	public static void signUp(String outcome) {
		Counter.builder("hverdag.signups")
			.description("Sign-ups for activities by outcome")
			.tag("outcome", outcome)
			.register(Metrics.globalRegistry)
			.increment();
	}

	/** A request refused by a rate limit. */
	public static void rateLimitRefusal(String limit) {
		Counter.builder("hverdag.rate.limit.refusals")
			.description("Requests refused by a rate limit")
			.tag("limit", limit)
			.register(Metrics.globalRegistry)
			.increment();
	}

	/** How long one search took, index and store together. */
	public static void search(Duration took) {
		Timer.builder("hverdag.search")
			.description("Activity searches, index and store")
			.publishPercentiles(0.5, 0.95, 0.99)
			.register(Metrics.globalRegistry)
			.record(took);
	}

	/**
	 * The outcome word for a refusal: {@code notFound}, {@code forbidden},
	 * {@code invalidInput}, or a conflict's own last word ({@code full}, {@code overlap},
	 * {@code cancelled}, ...); a small, fixed set, so the meter's tags stay few.
	 */
	public static String outcomeOf(Throwable error) {
		if (error instanceof HverdagException.NotFound) {
			return "notFound";
		}
		if (error instanceof HverdagException.Forbidden) {
			return "forbidden";
		}
		if (error instanceof HverdagException refusal) {
			String key = refusal.messageKey();
			return key.substring(key.lastIndexOf('.') + 1);
		}
		return "error";
	}

}
