package no.hverdag.matching.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import no.hverdag.activities.Activity;
import no.hverdag.matching.Recommendation;
import no.hverdag.matching.Recommendations;
import no.hverdag.matching.ResourceSuggestions;
import no.hverdag.resources.ResourceHit;
import no.hverdag.municipalities.MunicipalityDirectory;
import no.hverdag.shared.HverdagException;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * {@code GET /api/v1/recommendations}: the profile as parameters (see
 * {@link ProfileParameters}), the best fits first, each with its reasons as a code and a
 * text in the request's language. Nothing is stored.
 */
@RestController
class RecommendationApi {

	private final Recommendations recommendations;

	private final MunicipalityDirectory municipalities;

	private final ReasonWords words;

	private final ResourceSuggestions resources;

	private final MessageSource messages;

	RecommendationApi(Recommendations recommendations, MunicipalityDirectory municipalities, ReasonWords words,
			ResourceSuggestions resources, MessageSource messages) {
		this.resources = resources;
		this.messages = messages;
		this.recommendations = recommendations;
		this.municipalities = municipalities;
		this.words = words;
	}

	@Operation(summary = "Suggestions for a newcomer's profile, each with its reasons")
	@GetMapping("/api/v1/recommendations")
	Mono<RecommendationsResponse> recommend(@io.swagger.v3.oas.annotations.Parameter(
			description = "How many suggestions, 1 to " + Recommendations.MAX_RESULTS,
			schema = @io.swagger.v3.oas.annotations.media.Schema(type = "integer", minimum = "1",
					maximum = "" + Recommendations.MAX_RESULTS, defaultValue = "10")) @RequestParam(
							defaultValue = "10") int size,
			ServerWebExchange exchange, Locale locale) {
		return Mono.fromCallable(() -> {
			if (size < 1 || size > Recommendations.MAX_RESULTS) {
				throw new HverdagException.InvalidInput("size", "validation.recommendations.size");
			}
			return ProfileParameters.read(exchange.getRequest().getQueryParams(), true, this.municipalities::exists);
		})
			.flatMap(profile -> this.recommendations.forProfile(profile, size)
				.zipWith(this.resources.forProfile(profile)))
			.map(found -> new RecommendationsResponse(found.getT1().stream().map(r -> item(r, locale)).toList(),
					resources(found.getT2().equipment(), locale), resources(found.getT2().rooms(), locale)));
	}

	RecommendationItem item(Recommendation r, Locale locale) {
		Activity a = r.activity();
		String language = a.texts().languageFor(locale.getLanguage());
		return new RecommendationItem(a.id(), language, a.texts().in(language).title(), a.type().name(),
				"/activities/" + a.id(),
				new NextTime(r.next().date(), r.next().start().toString(), r.next().end().toString()), a.place().name(),
				a.place().municipality(), a.languages(), a.level().name(), a.audience().name(), a.free(),
				r.distanceKm(), Math.round(r.score() * 100) / 100.0,
				r.reasons()
					.stream()
					.map(reason -> new ReasonItem(reason.code().name(), this.words.text(reason, locale)))
					.toList());
	}

	private List<ResourceItem> resources(List<ResourceHit> hits, Locale locale) {
		return hits.stream()
			.map(h -> new ResourceItem(h.kind().name(), h.id(), h.name(), h.placeName(), h.municipality(), h.link(),
					h.free(), h.total(), h.reasons().stream().map(reason -> {
						Object[] args = reason.argumentKeys()
							.stream()
							.map(key -> this.messages.getMessage(key, null, key, locale))
							.toArray();
						return new ReasonItem(reason.key().substring(reason.key().lastIndexOf('.') + 1),
								this.messages.getMessage(reason.key(), args, locale));
					}).toList()))
			.toList();
	}

	/**
	 * {@code items}: activities. {@code equipment}: kinds of items to borrow in season
	 * for the profile's groups; {@code rooms}: free rooms, when the profile is interested
	 * in free venues.
	 */
	record RecommendationsResponse(List<RecommendationItem> items, List<ResourceItem> equipment,
			List<ResourceItem> rooms) {
	}

	/**
	 * A kind of item (with {@code free} of {@code total} on the first day looked at) or a
	 * room; {@code url} leads to where it is reserved or booked.
	 */
	record ResourceItem(String kind, String id, String name, String placeName, String municipality, String url,
			Integer free, Integer total, List<ReasonItem> reasons) {
	}

	/** {@code title} is in {@code language}, the reader's or the fallback. */
	record RecommendationItem(String activityId, String language, String title, String type, String url, NextTime next,
			String placeName, String municipality, List<String> languages, String level, String audience, boolean free,
			Double distanceKm, double score, List<ReasonItem> reasons) {
	}

	record NextTime(LocalDate date, String start, String end) {
	}

	/** Why: a stable code for programs, and a sentence for people. */
	record ReasonItem(String code, String text) {
	}

}
