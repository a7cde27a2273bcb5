package no.hverdag.activities.internal;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.Valid;
import no.hverdag.activities.Accessibility;
import no.hverdag.activities.Activity;
import no.hverdag.activities.ActivityCatalogue;
import no.hverdag.activities.ActivityPublishing;
import no.hverdag.activities.ActivityQuery;
import no.hverdag.activities.ActivityType;
import no.hverdag.activities.Audience;
import no.hverdag.activities.NorwegianLevel;
import no.hverdag.activities.SpokenLanguages;
import no.hverdag.municipalities.MunicipalityDirectory;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.security.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.media.Schema;
import reactor.core.publisher.Mono;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ActivityApi {

	/** How many coming occurrences an answer lists. */
	static final int OCCURRENCES = 8;

	private final ActivityCatalogue catalogue;

	private final ActivityPublishing publishing;

	private final MunicipalityDirectory municipalities;

	private final ActivityMapper mapper;

	ActivityApi(ActivityCatalogue catalogue, ActivityPublishing publishing, MunicipalityDirectory municipalities,
			ActivityMapper mapper) {
		this.catalogue = catalogue;
		this.publishing = publishing;
		this.municipalities = municipalities;
		this.mapper = mapper;
	}

	@Operation(summary = "Search published activities",
			description = "Filters combine with AND; every answer has facet counts per filter value, counted "
					+ "as if that filter were not set. Texts come in the reader's language (Accept-Language "
					+ "or ?lang=) where a version exists.")
	@Parameters({
			@Parameter(name = "q",
					description = "Words to find in titles, descriptions, places and organisations; "
							+ "tolerates missing Norwegian letters (kafe), one typo and parts of compounds"),
			@Parameter(name = "municipality", description = "Municipality number, 4 digits (0301 Oslo, 1804 Bodø)"),
			@Parameter(name = "near",
					description = "A point \"lat,lon\" in decimal degrees, e.g. 67.28,14.40; "
							+ "answers then carry distanceKm"),
			@Parameter(name = "radiusKm",
					description = "Only activities within this many km of near (more than 0, at most 500); "
							+ "needs near"),
			@Parameter(name = "type", description = "Kind of activity"),
			@Parameter(name = "lang",
					description = "A language spoken at the activity, any ISO 639-1 code (no, en, ar, uk, so, ti, ur, ...); "
							+ "nb, nn and no all mean Norwegian"),
			@Parameter(name = "level",
					description = "The searcher's own Norwegian (CEFR, NONE to C1): activities "
							+ "needing more are left out"),
			@Parameter(name = "audience", description = "For whom"),
			@Parameter(name = "free", description = "true: only free activities; false: only those with a price"),
			@Parameter(name = "weekday", description = "Happens on this weekday (MONDAY … SUNDAY)"),
			@Parameter(name = "after", description = "Starts at or after this time, HH:mm (16:00 = after work)"),
			@Parameter(name = "before", description = "Ends at or before this time, HH:mm"),
			@Parameter(name = "from", description = "Has an occurrence on or after this date, ISO yyyy-MM-dd"),
			@Parameter(name = "to",
					description = "Has an occurrence on or before this date, ISO yyyy-MM-dd "
							+ "(on or after from; at most 180 days ahead are indexed)"),
			@Parameter(name = "accessibility",
					description = "Needs the activity meets, all of them; repeat the parameter for several"),
			@Parameter(name = "sort",
					description = "RELEVANCE (default with q), DATE (next occurrence first, "
							+ "default without q) or DISTANCE (needs near)"),
			@Parameter(name = "page", description = "Page number from 0 (at most 50)",
					schema = @Schema(type = "integer", minimum = "0", maximum = "" + ActivityQuery.MAX_PAGE,
							defaultValue = "0")),
			@Parameter(name = "size", description = "Matches per page, 1 to 100",
					schema = @Schema(type = "integer", minimum = "1", maximum = "" + ActivityQuery.MAX_SIZE,
							defaultValue = "" + ActivityQuery.DEFAULT_SIZE)) })
	@GetMapping("/api/v1/activities")
	Mono<SearchResponse> search(@RequestParam(required = false) String q,
			@RequestParam(required = false) String municipality, @RequestParam(required = false) String near,
			@RequestParam(required = false) Double radiusKm, @RequestParam(required = false) ActivityType type,
			@RequestParam(required = false) String lang, @RequestParam(required = false) NorwegianLevel level,
			@RequestParam(required = false) Audience audience, @RequestParam(required = false) Boolean free,
			@RequestParam(required = false) List<DayOfWeek> weekday,
			@RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime after,
			@RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime before,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) List<Accessibility> accessibility,
			@RequestParam(required = false) ActivityQuery.Sort sort, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + ActivityQuery.DEFAULT_SIZE) int size, Locale locale) {
		return Mono.fromCallable(() -> {
			if (municipality != null && !municipality.isBlank() && !this.municipalities.exists(municipality)) {
				throw new HverdagException.InvalidInput("municipality", "validation.municipality.unknown");
			}
			if (lang != null && !lang.isBlank() && !SpokenLanguages.known(lang)) {
				throw new HverdagException.InvalidInput("lang", "validation.languages.unknown");
			}
			ActivityQuery.GeoPoint point = null;
			if (near != null) {
				try {
					point = ActivityQuery.GeoPoint.parse(near);
				}
				catch (IllegalArgumentException ex) {
					throw new HverdagException.InvalidInput("near", "validation.near");
				}
			}
			if (radiusKm != null && point == null) {
				throw new HverdagException.InvalidInput("near", "validation.near.forRadius");
			}
			if (size > ActivityQuery.MAX_SIZE) {
				throw new HverdagException.InvalidInput("size", "validation.size");
			}
			// An empty choice (weekday=) arrives as a null element: it asks for nothing.
			List<Accessibility> asked = accessibility == null ? List.of()
					: accessibility.stream().filter(Objects::nonNull).toList();
			Set<Accessibility> needs = asked.isEmpty() ? Set.of() : EnumSet.copyOf(asked);
			return query(q, municipality, point, radiusKm, type, lang, level, audience, free, weekday, after, before,
					from, to, needs, sort, page, size);
		}).flatMap(query -> this.catalogue.search(query).map(found -> {
			String language = locale.getLanguage();
			List<ActivityResponse> items = found.activities()
				.stream()
				.map(activity -> respond(activity, language, query.near()))
				.toList();
			return new SearchResponse(items, found.total(), found.page(), found.size(), found.pages(), found.facets());
		}));
	}

	/** Checks the parts the query itself checks, naming the parameter that is wrong. */
	private static ActivityQuery query(String q, String municipality, ActivityQuery.GeoPoint near, Double radiusKm,
			ActivityType type, String lang, NorwegianLevel level, Audience audience, Boolean free,
			List<DayOfWeek> weekday, LocalTime after, LocalTime before, LocalDate from, LocalDate to,
			Set<Accessibility> accessibility, ActivityQuery.Sort sort, int page, int size) {
		try {
			return ActivityQuery.builder()
				.text(q)
				.municipality(blankToNull(municipality))
				.near(near, radiusKm)
				.type(type)
				.language(blankToNull(lang) == null ? null : SpokenLanguages.normalise(lang).orElseThrow())
				.level(level)
				.audience(audience)
				.free(free)
				.weekdays(weekday == null || weekday.stream().allMatch(Objects::isNull) ? Set.of()
						: EnumSet.copyOf(weekday.stream().filter(Objects::nonNull).toList()))
				.startsAfter(after)
				.endsBefore(before)
				.between(from, to)
				.accessibility(accessibility)
				.sort(sort)
				.page(page, size)
				.build();
		}
		catch (IllegalArgumentException ex) {
			String parameter = ex.getMessage();
			String key = switch (parameter) {
				case "radiusKm" -> "validation.radius";
				case "sort" -> "validation.sort.distance";
				case "page" -> "validation.page";
				case "size" -> "validation.size";
				case "to" -> "validation.to.afterFrom";
				default -> throw ex;
			};
			throw new HverdagException.InvalidInput(parameter, key);
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	@Operation(summary = "One published activity")
	@GetMapping("/api/v1/activities/{id}")
	Mono<ActivityResponse> one(@PathVariable String id, Locale locale) {
		return this.catalogue.find(id).map(activity -> respond(activity, locale.getLanguage(), null));
	}

	@Operation(summary = "Post an activity for an approved organisation")
	@PostMapping("/api/v1/organisations/{organisationId}/activities")
	Mono<ResponseEntity<ActivityResponse>> post(@PathVariable String organisationId,
			@Valid @RequestBody ActivityForm form, Locale locale) {
		return CurrentActor.required()
			.flatMap(actor -> Mono.fromCallable(form::toDraft)
				.flatMap(draft -> this.publishing.post(actor, organisationId, draft)))
			.map(activity -> respond(activity, locale.getLanguage(), null))
			.map(created -> ResponseEntity.created(URI.create("/api/v1/activities/" + created.id())).body(created));
	}

	private ActivityResponse respond(Activity activity, String language, ActivityQuery.GeoPoint near) {
		return this.mapper.toResponse(activity, language, this.catalogue.upcoming(activity, OCCURRENCES),
				near == null ? null : near.distanceKm(activity.place()));
	}

	/** A page of matches with facet counts per filter and value. */
	record SearchResponse(List<ActivityResponse> items, long total, int page, int size, int pages,
			Map<String, Map<String, Long>> facets) {
	}

	/**
	 * {@code title}/{@code description} are in {@code language}, the reader's or the
	 * fallback; {@code texts} holds every version. {@code distanceKm} only when searched
	 * near a point.
	 */
	record ActivityResponse(String id, String organisationId, String organisationName, String type, String language,
			String title, String description, String originalLanguage, Map<String, TextResponse> texts, String format,
			ScheduleResponse schedule, List<OccurrenceResponse> occurrences, PlaceResponse place,
			List<String> languages, String level, String audience, boolean free, Integer priceNok,
			List<String> accessibility, Integer capacity, boolean signUpRequired, ContactResponse contact,
			Double distanceKm, Instant publishedAt, List<String> topics, String state, Instant publishAt,
			String unpublishReason, List<String> cancelledDates) {
	}

	record TextResponse(String title, String description) {
	}

	/**
	 * {@code kind} is RECURRING (with {@code days}, {@code everyWeeks} 1 or 2, optional
	 * {@code firstDate}, {@code lastDate}, {@code exceptions}) or ONE_OFF (with
	 * {@code date}); times are HH:mm.
	 */
	record ScheduleResponse(String kind, String date, List<String> days, Integer everyWeeks, String firstDate,
			String lastDate, List<String> exceptions, String start, String end) {
	}

	record OccurrenceResponse(LocalDate date, String start, String end) {
	}

	record PlaceResponse(String name, String address, String municipality, String district, String buildingType,
			Double lat, Double lon) {
	}

	record ContactResponse(String name, String phone, String email) {
	}

}
