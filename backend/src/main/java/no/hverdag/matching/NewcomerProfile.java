package no.hverdag.matching;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import no.hverdag.activities.Topic;
import no.hverdag.activities.Activity;
import no.hverdag.activities.ActivityQuery.GeoPoint;
import no.hverdag.activities.ActivityType;
import no.hverdag.activities.Audience;
import no.hverdag.activities.NorwegianLevel;
import no.hverdag.activities.Occurrence;

/**
 * What a newcomer tells Hverdag to get suggestions: the languages they speak (ISO 639-1),
 * their Norwegian, what they are interested in, where they are (a municipality, or a
 * point and how far they will travel), when they are free (one or more windows), the
 * groups they belong to (women, youth, seniors, families with children: activities for a
 * group they are not in are never suggested), what they need (step-free access, a hearing
 * loop, women only, children welcome: never broken), whether it must be free of charge,
 * and the days to look at (the next four weeks unless they say otherwise). Every part may
 * be absent.
 */
public record NewcomerProfile(List<String> languages, NorwegianLevel level, Set<ActivityType> interests,
		String municipality, GeoPoint near, Double radiusKm, List<FreeTime> freeTimes, Set<Audience> groups,
		boolean freeOnly, Set<Need> needs, LocalDate from, LocalDate to, Set<Topic> topics) {

	public static final double DEFAULT_RADIUS_KM = 15;

	/** Free-time windows one can give. */
	public static final int MAX_WINDOWS = 3;

	/** How far ahead one can ask: the search index knows half a year. */
	public static final int MAX_DAYS_AHEAD = 180;

	/** How far ahead suggestions look unless the newcomer says otherwise. */
	public static final int DEFAULT_DAYS_AHEAD = 28;

	public static final NewcomerProfile EMPTY = new NewcomerProfile(List.of(), null, Set.of(), null, null, null,
			List.of(), Set.of(), false, Set.of(), null, null, Set.of());

	public NewcomerProfile {
		languages = languages == null ? List.of() : languages.stream().distinct().limit(10).toList();
		interests = interests == null || interests.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(interests));
		groups = groups == null || groups.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(groups));
		needs = needs == null || needs.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(needs));
		topics = topics == null || topics.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(topics));
		freeTimes = freeTimes == null ? List.of()
				: freeTimes.stream().filter(w -> w != null && !w.isAny()).distinct().limit(MAX_WINDOWS).toList();
		if (near != null && radiusKm == null) {
			radiusKm = DEFAULT_RADIUS_KM;
		}
		if (from != null && to != null && to.isBefore(from)) {
			throw new IllegalArgumentException("to");
		}
	}

	/** The first window, or any time (pages show it first). */
	public FreeTime freeTime() {
		return this.freeTimes.isEmpty() ? FreeTime.ANY : this.freeTimes.get(0);
	}

	/** The window at a position, or any time (pages show one form per window). */
	public FreeTime window(int index) {
		return index < this.freeTimes.size() ? this.freeTimes.get(index) : FreeTime.ANY;
	}

	/** The first day to look at: today unless a later one was asked. */
	public LocalDate firstDay(LocalDate today) {
		return this.from == null || this.from.isBefore(today) ? today : this.from;
	}

	/** The last day to look at, never more than half a year ahead. */
	public LocalDate lastDay(LocalDate today) {
		LocalDate latest = today.plusDays(MAX_DAYS_AHEAD);
		LocalDate first = firstDay(today);
		LocalDate last = this.to == null ? first.plusDays(DEFAULT_DAYS_AHEAD) : this.to;
		// Asked to start beyond half a year: the one first day (nothing is known then),
		// never a last day before the first.
		return first.isAfter(latest) ? first : last.isAfter(latest) ? latest : last;
	}

	/** Whether someone in these groups may join an activity for this audience. */
	public boolean belongsTo(Audience audience) {
		return audience == Audience.EVERYONE || this.groups.contains(audience);
	}

	/**
	 * The hard constraints: their group, their Norwegian, and every need. An activity
	 * that fails one is never suggested, however well it scores otherwise.
	 */
	public boolean admits(Activity activity) {
		boolean groupOk = belongsTo(activity.audience())
				|| this.needs.contains(Need.WOMEN_ONLY) && activity.audience() == Audience.WOMEN
				|| this.needs.contains(Need.CHILDREN_WELCOME) && activity.audience() == Audience.CHILDREN_WITH_PARENTS;
		return groupOk && (this.level == null || this.level.suffices(activity.level()))
				&& this.needs.stream().allMatch(need -> need.metBy(activity));
	}

	/**
	 * The first occurrence in the asked days that lies in a free window. An activity must
	 * lie wholly inside one; a listing with opening hours (a free room, lending) only has
	 * to be open for a while in one.
	 */
	public Optional<Occurrence> nextFitting(Activity activity, LocalDate today) {
		boolean openingHours = activity.type() == ActivityType.FREE_VENUE
				|| activity.type() == ActivityType.EQUIPMENT_LENDING;
		return activity.occurrences(firstDay(today), lastDay(today))
			.stream()
			.filter(o -> this.freeTimes.isEmpty()
					|| this.freeTimes.stream().anyMatch(w -> openingHours ? w.overlaps(o) : w.fits(o)))
			.findFirst();
	}

	public boolean isEmpty() {
		return equals(EMPTY);
	}

}
