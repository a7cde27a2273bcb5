package no.hverdag.matching;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import no.hverdag.activities.Topic;
import no.hverdag.activities.Accessibility;
import no.hverdag.activities.Activity;
import no.hverdag.activities.ActivityCatalogue;
import no.hverdag.activities.ActivityQuery;
import no.hverdag.activities.ActivityType;
import no.hverdag.activities.Audience;
import no.hverdag.activities.NorwegianLevel;
import no.hverdag.activities.Occurrence;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Ranks upcoming activities for a newcomer. The search index applies the hard constraints
 * it can (area, level, free of charge, weekdays, step-free, hearing loop, women only,
 * children, the days asked); the profile decides the rest (group, every need, an
 * occurrence in a free window); whatever fails one is out, never ranked low. What passes
 * is scored by the soft ones: a language they speak, an interest, nearness, a group they
 * belong to, no Norwegian needed, free, soon; rooms and lending only when asked for; and
 * one organiser's listings make way for others' (docs/suggestion-quality.md).
 */
@Service
public class Recommendations {

	public static final int MAX_RESULTS = 50;

	/** Languages that say nothing about a newcomer's own (Norwegian is everywhere). */
	private static final Set<String> NORWEGIAN = Set.of("no", "nb", "nn");

	private final ActivityCatalogue catalogue;

	Recommendations(ActivityCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	public Mono<List<Recommendation>> forProfile(NewcomerProfile profile, int limit) {
		LocalDate today = this.catalogue.today();
		ActivityQuery candidates = ActivityQuery.builder()
			.municipality(profile.near() == null ? profile.municipality() : null)
			.near(profile.near(), profile.near() == null ? null : profile.radiusKm())
			.level(profile.level())
			.free(profile.freeOnly() ? Boolean.TRUE : null)
			.weekdays(weekdays(profile))
			.accessibility(accessibility(profile))
			.audience(profile.needs().contains(Need.WOMEN_ONLY) ? Audience.WOMEN
					: profile.needs().contains(Need.CHILDREN_WELCOME) ? Audience.CHILDREN_WITH_PARENTS : null)
			.between(profile.firstDay(today), profile.lastDay(today))
			.sort(ActivityQuery.Sort.DATE)
			.page(0, ActivityQuery.MAX_CANDIDATES)
			.build();
		int wanted = Math.max(1, Math.min(limit, MAX_RESULTS));
		return topics(profile, candidates).zipWith(this.catalogue.search(candidates))
			.map(found -> found.getT2()
				.activities()
				.stream()
				.map(activity -> rank(activity, profile, today, found.getT1().getOrDefault(activity.id(), Set.of())))
				.flatMap(Optional::stream)
				.sorted(BEST_FIRST)
				.toList())
			.map(ranked -> varied(ranked, wanted));
	}

	private static final Comparator<Recommendation> BEST_FIRST = Comparator.comparingDouble(Recommendation::score)
		.reversed()
		.thenComparing(r -> r.next().startsAt());

	/**
	 * What an organiser already has higher up costs a later listing of theirs this much
	 * for each: five sessions of one organiser's near-identical groups crowd out what
	 * else fits, yet a clearly better fit still comes first.
	 */
	static final double SAME_ORGANISER = 1.0;

	/** The same kind of activity from the same organiser costs this much more. */
	static final double SAME_ORGANISER_AND_KIND = 1.0;

	/**
	 * The best first, each next one the best after what is already chosen from its
	 * organiser costs it (the score then says so, so order and score agree).
	 */
	static List<Recommendation> varied(List<Recommendation> ranked, int wanted) {
		List<Recommendation> left = new ArrayList<>(ranked);
		List<Recommendation> chosen = new ArrayList<>();
		while (!left.isEmpty() && chosen.size() < wanted) {
			Recommendation best = null;
			double bestScore = Double.NEGATIVE_INFINITY;
			for (Recommendation candidate : left) {
				double score = candidate.score() - crowding(candidate, chosen);
				if (score > bestScore
						|| score == bestScore && candidate.next().startsAt().isBefore(best.next().startsAt())) {
					best = candidate;
					bestScore = score;
				}
			}
			left.remove(best);
			chosen.add(bestScore == best.score() ? best
					: new Recommendation(best.activity(), best.next(), bestScore, best.distanceKm(), best.reasons()));
		}
		return chosen;
	}

	private static double crowding(Recommendation candidate, List<Recommendation> chosen) {
		double cost = 0;
		for (Recommendation earlier : chosen) {
			String organiser = candidate.activity().organisationId();
			if (organiser != null && organiser.equals(earlier.activity().organisationId())) {
				cost += SAME_ORGANISER
						+ (earlier.activity().type() == candidate.activity().type() ? SAME_ORGANISER_AND_KIND : 0);
			}
		}
		return cost;
	}

	/**
	 * Which candidates are about the topics the newcomer likes by their words: those the
	 * search finds for the topic's word, in any language a listing is written in. Tags
	 * the organisation set are added in {@link #rank}.
	 */
	private Mono<Map<String, Set<Topic>>> topics(NewcomerProfile profile, ActivityQuery candidates) {
		return Flux.fromIterable(profile.topics())
			.concatMap(topic -> this.catalogue
				// One search for a topic and those it takes in: any word may match.
				.search(candidates.toBuilder()
					.text(narrower(topic).stream().map(Topic::words).collect(Collectors.joining(" ")))
					.sort(ActivityQuery.Sort.RELEVANCE)
					.page(0, ActivityQuery.MAX_CANDIDATES)
					.build())
				.flatMapIterable(page -> page.activities().stream().map(a -> Map.entry(a.id(), topic)).toList()))
			.collect(() -> (Map<String, Set<Topic>>) new HashMap<String, Set<Topic>>(),
					(byId, entry) -> byId.computeIfAbsent(entry.getKey(), id -> EnumSet.noneOf(Topic.class))
						.add(entry.getValue()));
	}

	/**
	 * A topic and the ones it takes in: who likes exercise likes football or a hike too,
	 * who likes music a choir, whether or not the listing says "exercise" or "music".
	 */
	static Set<Topic> narrower(Topic topic) {
		return switch (topic) {
			case EXERCISE -> EnumSet.of(Topic.EXERCISE, Topic.FOOTBALL, Topic.SWIMMING, Topic.HIKING, Topic.CYCLING,
					Topic.SKIING, Topic.DANCE);
			case MUSIC -> EnumSet.of(Topic.MUSIC, Topic.CHOIR);
			default -> EnumSet.of(topic);
		};
	}

	/**
	 * The weekdays of every window, when each names some; times of day are checked here,
	 * not in the index, because opening hours only need to overlap them.
	 */
	private static Set<DayOfWeek> weekdays(NewcomerProfile profile) {
		if (profile.freeTimes().isEmpty() || profile.freeTimes().stream().anyMatch(w -> w.days().isEmpty())) {
			return Set.of();
		}
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		profile.freeTimes().forEach(w -> days.addAll(w.days()));
		return days;
	}

	private static Set<Accessibility> accessibility(NewcomerProfile profile) {
		Set<Accessibility> needed = EnumSet.noneOf(Accessibility.class);
		if (profile.needs().contains(Need.STEP_FREE)) {
			needed.add(Accessibility.STEP_FREE);
		}
		if (profile.needs().contains(Need.HEARING_LOOP)) {
			needed.add(Accessibility.HEARING_LOOP);
		}
		return needed;
	}

	/**
	 * What the kind of listing is worth before knowing what they like. Rooms and lending
	 * are for those who ask for them or for what they like (skis for skiing): the page
	 * shows rooms and equipment beside the suggestions anyway. With no interest and no
	 * topic at all, lead with what most newcomers come for: meeting people and speaking
	 * Norwegian (language cafés, buddies), then activities, then volunteering.
	 */
	static double kindWithoutAsking(ActivityType kind, NewcomerProfile profile, boolean aboutATopic) {
		boolean resource = kind == ActivityType.FREE_VENUE || kind == ActivityType.EQUIPMENT_LENDING;
		if (profile.interests().contains(kind)) {
			return 0;
		}
		if (resource) {
			return aboutATopic ? 0 : -2;
		}
		if (!profile.interests().isEmpty() || !profile.topics().isEmpty()) {
			return 0;
		}
		return switch (kind) {
			case LANGUAGE_CAFE, BUDDY_PROGRAMME -> 1.5;
			case CULTURE_EVENT -> 0.75;
			case VOLUNTEER_ASSIGNMENT -> 0.25;
			default -> 0;
		};
	}

	/** Empty when a hard constraint fails; otherwise the score and the reasons. */
	Optional<Recommendation> rank(Activity activity, NewcomerProfile profile, LocalDate today, Set<Topic> found) {
		// A listing is about a topic when its text says so (the search found it) or when
		// its organisation tagged it (issue 13).
		Set<Topic> topics = EnumSet.noneOf(Topic.class);
		topics.addAll(found);
		profile.topics()
			.stream()
			.filter(liked -> narrower(liked).stream().anyMatch(activity.topics()::contains))
			.forEach(topics::add);
		if (!profile.admits(activity)) {
			return Optional.empty();
		}
		Optional<Occurrence> next = profile.nextFitting(activity, today);
		if (next.isEmpty()) {
			return Optional.empty();
		}
		double score = 0;
		List<Reason> reasons = new ArrayList<>();
		Optional<String> shared = profile.languages()
			.stream()
			.filter(language -> !NORWEGIAN.contains(language))
			.filter(activity.languages()::contains)
			.findFirst();
		if (shared.isPresent()) {
			score += 3;
			reasons.add(Reason.of(Reason.Code.LANGUAGE_SPOKEN, shared.get()));
		}
		Double distance = profile.near() == null ? null : profile.near().distanceKm(activity.place());
		if (distance != null) {
			score += 2 * Math.max(0, 1 - distance / profile.radiusKm());
			reasons.add(Reason.of(Reason.Code.DISTANCE, Math.round(distance * 10) / 10.0));
		}
		if (!profile.freeTimes().isEmpty()) {
			boolean evenings = profile.freeTimes()
				.stream()
				.filter(w -> w.fits(next.get()) || w.overlaps(next.get()))
				.anyMatch(FreeTime::evenings);
			reasons.add(evenings
					? Reason.of(Reason.Code.FITS_EVENINGS, next.get().date().getDayOfWeek(), next.get().start())
					: Reason.of(Reason.Code.FITS_FREE_TIME, next.get().date().getDayOfWeek(), next.get().start()));
		}
		profile.needs().stream().sorted().forEach(need -> reasons.add(Reason.of(Reason.Code.MEETS_NEED, need)));
		if (activity.level() == NorwegianLevel.NONE) {
			score += profile.level() == null || profile.level().compareTo(NorwegianLevel.A2) <= 0 ? 1 : 0;
			reasons.add(Reason.of(Reason.Code.NO_NORWEGIAN_NEEDED));
		}
		else if (profile.level() != null) {
			// Practice at one's own level is worth a little more than an easy one.
			score += activity.level() == profile.level() ? 1 : 0.5;
			reasons.add(Reason.of(Reason.Code.FITS_LEVEL, activity.level()));
		}
		boolean interest = profile.interests().contains(activity.type());
		if (interest) {
			score += 2.5;
			reasons.add(Reason.of(Reason.Code.INTEREST, activity.type()));
		}
		if (!topics.isEmpty()) {
			score += 2.5;
			topics.stream().sorted().forEach(topic -> reasons.add(Reason.of(Reason.Code.TOPIC, topic)));
		}
		if (interest && !topics.isEmpty() && !profile.topics().isEmpty()) {
			// The kind and the topic they asked for together: a sewing machine to borrow
			// for someone who wants to borrow things and sew, over any person to borrow.
			score += 1;
		}
		score += kindWithoutAsking(activity.type(), profile, !topics.isEmpty());
		if (activity.audience() != Audience.EVERYONE) {
			score += 1.5;
			reasons.add(Reason.of(Reason.Code.FOR_YOUR_GROUP, activity.audience()));
		}
		if (activity.free()) {
			score += 0.5;
			reasons.add(Reason.of(Reason.Code.FREE));
		}
		long days = Math.max(1, ChronoUnit.DAYS.between(profile.firstDay(today), profile.lastDay(today)));
		score += 1 - (double) ChronoUnit.DAYS.between(profile.firstDay(today), next.get().date()) / days;
		return Optional.of(new Recommendation(activity, next.get(), score, distance, reasons));
	}

}
