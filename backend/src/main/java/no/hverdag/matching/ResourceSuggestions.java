package no.hverdag.matching;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.Set;

import no.hverdag.activities.ActivityCatalogue;
import no.hverdag.activities.ActivityType;
import no.hverdag.activities.Audience;
import no.hverdag.resources.Group;
import no.hverdag.resources.ResourceFinder;
import no.hverdag.resources.ResourceSuggestion;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * "For you" beyond activities (issue 14): equipment in season for the groups a newcomer
 * belongs to (the first day they look at decides the season: skis for a family in
 * January, a tent in July), and, when they are interested in free venues, rooms in their
 * area, free in their first free-time window when they gave one.
 */
@Service
public class ResourceSuggestions {

	public static final int MAX_RESULTS = 6;

	private final ObjectProvider<ResourceFinder> finder;

	private final ActivityCatalogue catalogue;

	ResourceSuggestions(ObjectProvider<ResourceFinder> finder, ActivityCatalogue catalogue) {
		this.finder = finder;
		this.catalogue = catalogue;
	}

	public Mono<ResourceFinder.Found> forProfile(NewcomerProfile profile) {
		ResourceFinder resources = this.finder.getIfAvailable();
		if (resources == null || profile.isEmpty()) {
			return Mono.just(ResourceFinder.Found.NOTHING);
		}
		LocalDate day = profile.firstDay(this.catalogue.today());
		LocalDateTime[] window = window(profile, day);
		return resources.suggest(new ResourceSuggestion(profile.near() == null ? profile.municipality() : null,
				profile.near() == null ? null : profile.near().lat(),
				profile.near() == null ? null : profile.near().lon(), profile.radiusKm(), day, groups(profile),
				profile.interests().contains(ActivityType.FREE_VENUE), window[0], window[1], MAX_RESULTS));
	}

	/** The groups "for you" knows, in the resources' words. */
	static Set<Group> groups(NewcomerProfile profile) {
		Set<Group> groups = EnumSet.noneOf(Group.class);
		if (profile.groups().contains(Audience.CHILDREN_WITH_PARENTS)
				|| profile.needs().contains(Need.CHILDREN_WELCOME)) {
			groups.add(Group.FAMILIES);
		}
		if (profile.groups().contains(Audience.YOUTH)) {
			groups.add(Group.YOUTH);
		}
		if (profile.groups().contains(Audience.SENIORS)) {
			groups.add(Group.SENIORS);
		}
		if (profile.groups().contains(Audience.WOMEN)) {
			groups.add(Group.ADULTS);
		}
		return groups;
	}

	/** The first free-time window with a day and both times, from the first day on. */
	static LocalDateTime[] window(NewcomerProfile profile, LocalDate first) {
		for (FreeTime time : profile.freeTimes()) {
			if (time.from() != null && time.until() != null && time.until().isAfter(time.from())) {
				LocalDate day = time.days()
					.stream()
					.map(d -> first.with(TemporalAdjusters.nextOrSame(d)))
					.min(LocalDate::compareTo)
					.orElse(first);
				LocalTime until = time.until();
				return new LocalDateTime[] { day.atTime(time.from()), day.atTime(until) };
			}
		}
		return new LocalDateTime[] { null, null };
	}

}
