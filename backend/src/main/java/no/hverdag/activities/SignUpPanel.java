package no.hverdag.activities;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import reactor.core.publisher.Mono;

/**
 * What the activity page shows to sign up for an activity that needs it: a port that the
 * {@code signups} module fills, so that activities never depend on sign-ups (they depend
 * on activities).
 */
public interface SignUpPanel {

	/**
	 * The coming occurrences one can sign up for with their places, and what a signed-in
	 * visitor has already told us; empty when the activity takes no sign-ups.
	 */
	Mono<View> view(Activity activity, List<Occurrence> upcoming);

	/** The form's choices and prefilled values. */
	record View(List<Offer> offers, String firstName, String contact) {

		public View {
			offers = List.copyOf(offers);
		}

	}

	/**
	 * One occurrence: places left ({@code null} without a limit) and how many wait.
	 */
	record Offer(LocalDate date, LocalTime start, Integer placesLeft, long waiting) {

		public boolean full() {
			return this.placesLeft != null && this.placesLeft <= 0;
		}

	}

}
