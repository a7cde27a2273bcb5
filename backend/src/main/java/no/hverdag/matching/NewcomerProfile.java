package no.hverdag.matching;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import no.hverdag.activities.ActivityQuery.GeoPoint;
import no.hverdag.activities.ActivityType;
import no.hverdag.activities.Audience;
import no.hverdag.activities.NorwegianLevel;

/**
 * What a newcomer tells Hverdag to get suggestions: the languages they speak (ISO 639-1),
 * their Norwegian, what they are interested in, where they are (a municipality, or a
 * point and how far they will travel), when they are free, the groups they belong to
 * (women, youth, seniors, families with children: activities for a group they are not in
 * are never suggested), and whether it must be free of charge. Every part may be absent.
 */
public record NewcomerProfile(List<String> languages, NorwegianLevel level, Set<ActivityType> interests,
		String municipality, GeoPoint near, Double radiusKm, FreeTime freeTime, Set<Audience> groups,
		boolean freeOnly) {

	public static final double DEFAULT_RADIUS_KM = 15;

	public static final NewcomerProfile EMPTY = new NewcomerProfile(List.of(), null, Set.of(), null, null, null,
			FreeTime.ANY, Set.of(), false);

	public NewcomerProfile {
		languages = languages == null ? List.of() : languages.stream().distinct().limit(10).toList();
		interests = interests == null || interests.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(interests));
		groups = groups == null || groups.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(groups));
		freeTime = freeTime == null ? FreeTime.ANY : freeTime;
		if (near != null && radiusKm == null) {
			radiusKm = DEFAULT_RADIUS_KM;
		}
	}

	/** Whether someone in these groups may join an activity for this audience. */
	public boolean belongsTo(Audience audience) {
		return audience == Audience.EVERYONE || this.groups.contains(audience);
	}

	public boolean isEmpty() {
		return equals(EMPTY);
	}

}
