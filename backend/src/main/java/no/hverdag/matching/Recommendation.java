package no.hverdag.matching;

import java.util.List;

import no.hverdag.activities.Activity;
import no.hverdag.activities.Occurrence;

/**
 * An activity suggested to a newcomer: its next time that fits them, how well it fits
 * (higher is better; only comparable within one answer), the distance when they gave a
 * point, and why.
 */
public record Recommendation(Activity activity, Occurrence next, double score, Double distanceKm,
		List<Reason> reasons) {

	public Recommendation {
		reasons = List.copyOf(reasons);
	}

}
