package no.hverdag.matching;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import no.hverdag.activities.Activity;
import no.hverdag.activities.ActivityCatalogue;
import no.hverdag.activities.ActivityQuery;
import no.hverdag.activities.Audience;
import no.hverdag.activities.NorwegianLevel;
import no.hverdag.activities.Occurrence;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Ranks upcoming activities for a newcomer. The search index applies the hard constraints
 * it can (area, level, free of charge, weekdays, time of day); the rest (audience, an
 * occurrence inside the free time) are checked here; whatever fails one is out, never
 * ranked low. What passes is scored by the soft ones: a language they speak, an interest,
 * nearness, a group they belong to, no Norwegian needed, free, soon.
 */
@Service
public class Recommendations {

	/** How far ahead suggestions look. */
	public static final int HORIZON_DAYS = 28;

	public static final int MAX_RESULTS = 50;

	/** Languages that say nothing about a newcomer's own (Norwegian is everywhere). */
	private static final Set<String> NORWEGIAN = Set.of("no", "nb", "nn");

	private final ActivityCatalogue catalogue;

	Recommendations(ActivityCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	public Mono<List<Recommendation>> forProfile(NewcomerProfile profile, int limit) {
		LocalDate today = this.catalogue.today();
		FreeTime free = profile.freeTime();
		ActivityQuery candidates = ActivityQuery.builder()
			.municipality(profile.near() == null ? profile.municipality() : null)
			.near(profile.near(), profile.near() == null ? null : profile.radiusKm())
			.level(profile.level())
			.free(profile.freeOnly() ? Boolean.TRUE : null)
			.weekdays(free.days())
			.startsAfter(free.from())
			.endsBefore(free.until())
			.between(today, today.plusDays(HORIZON_DAYS))
			.sort(ActivityQuery.Sort.DATE)
			.page(0, ActivityQuery.MAX_CANDIDATES)
			.build();
		int wanted = Math.max(1, Math.min(limit, MAX_RESULTS));
		return this.catalogue.search(candidates)
			.map(page -> page.activities()
				.stream()
				.map(activity -> rank(activity, profile, today))
				.flatMap(Optional::stream)
				.sorted(Comparator.comparingDouble(Recommendation::score)
					.reversed()
					.thenComparing(r -> r.next().startsAt()))
				.limit(wanted)
				.toList());
	}

	/** Empty when a hard constraint fails; otherwise the score and the reasons. */
	Optional<Recommendation> rank(Activity activity, NewcomerProfile profile, LocalDate today) {
		if (!profile.belongsTo(activity.audience())
				|| profile.level() != null && !profile.level().suffices(activity.level())) {
			return Optional.empty();
		}
		Optional<Occurrence> next = activity.schedule()
			.occurrences(today, today.plusDays(HORIZON_DAYS))
			.stream()
			.filter(profile.freeTime()::fits)
			.findFirst();
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
		if (!profile.freeTime().isAny()) {
			reasons.add(profile.freeTime().evenings()
					? Reason.of(Reason.Code.FITS_EVENINGS, next.get().date().getDayOfWeek(), next.get().start())
					: Reason.of(Reason.Code.FITS_FREE_TIME, next.get().date().getDayOfWeek(), next.get().start()));
		}
		if (activity.level() == NorwegianLevel.NONE) {
			score += profile.level() == null || profile.level().compareTo(NorwegianLevel.A2) <= 0 ? 1 : 0;
			reasons.add(Reason.of(Reason.Code.NO_NORWEGIAN_NEEDED));
		}
		else if (profile.level() != null) {
			// Practice at one's own level is worth a little more than an easy one.
			score += activity.level() == profile.level() ? 1 : 0.5;
			reasons.add(Reason.of(Reason.Code.FITS_LEVEL, activity.level()));
		}
		if (profile.interests().contains(activity.type())) {
			score += 2.5;
			reasons.add(Reason.of(Reason.Code.INTEREST, activity.type()));
		}
		if (activity.audience() != Audience.EVERYONE) {
			score += 1.5;
			reasons.add(Reason.of(Reason.Code.FOR_YOUR_GROUP, activity.audience()));
		}
		if (activity.free()) {
			score += 0.5;
			reasons.add(Reason.of(Reason.Code.FREE));
		}
		score += 1 - (double) ChronoUnit.DAYS.between(today, next.get().date()) / HORIZON_DAYS;
		return Optional.of(new Recommendation(activity, next.get(), score, distance, reasons));
	}

}
