package no.hverdag.matching.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import no.hverdag.activities.ActivityQuery.GeoPoint;
import no.hverdag.activities.ActivityType;
import no.hverdag.activities.Audience;
import no.hverdag.activities.NorwegianLevel;
import no.hverdag.matching.FreeTime;
import no.hverdag.matching.NewcomerProfile;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.HverdagException.FieldProblem;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A profile as request parameters, the same names on the API, the page form and the
 * browser cookie: {@code languages}, {@code level}, {@code interests},
 * {@code municipality}, {@code near} ("lat,lon"), {@code radiusKm}, {@code days},
 * {@code after}/{@code before} (HH:mm), {@code groups}, {@code free}. Lists may repeat
 * the parameter or be comma-separated. Strict reading names the first wrong parameter;
 * lenient reading (an old cookie) drops what it cannot read.
 */
final class ProfileParameters {

	static final List<String> LANGUAGES = List.of("no", "en", "ar", "uk", "so", "ti", "fa", "pl", "ku", "ru");

	private ProfileParameters() {
	}

	static NewcomerProfile read(MultiValueMap<String, String> params, boolean strict,
			java.util.function.Predicate<String> municipalityExists) {
		List<FieldProblem> problems = new ArrayList<>();
		List<String> languages = values(params, "languages").stream()
			.filter(l -> accept(LANGUAGES.contains(l), "languages", "validation.languages.unknown", problems))
			.toList();
		NorwegianLevel level = one(params, "level", NorwegianLevel.class, problems);
		Set<ActivityType> interests = many(params, "interests", ActivityType.class, problems);
		String municipality = params.getFirst("municipality");
		if (municipality != null && (municipality.isBlank() || !accept(municipalityExists.test(municipality),
				"municipality", "validation.municipality.unknown", problems))) {
			municipality = null;
		}
		GeoPoint near = null;
		String nearText = params.getFirst("near");
		if (nearText != null && !nearText.isBlank()) {
			try {
				near = GeoPoint.parse(nearText);
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldProblem("near", "validation.near"));
			}
		}
		Double radius = null;
		String radiusText = params.getFirst("radiusKm");
		if (radiusText != null && !radiusText.isBlank()) {
			try {
				radius = Double.parseDouble(radiusText);
				if (radius <= 0 || radius > 500) {
					radius = null;
					problems.add(new FieldProblem("radiusKm", "validation.radius"));
				}
			}
			catch (NumberFormatException ex) {
				problems.add(new FieldProblem("radiusKm", "validation.radius"));
			}
		}
		Set<DayOfWeek> days = many(params, "days", DayOfWeek.class, problems);
		LocalTime after = time(params, "after", problems);
		LocalTime before = time(params, "before", problems);
		if (after != null && before != null && !before.isAfter(after)) {
			problems.add(new FieldProblem("before", "validation.end.afterStart"));
			before = null;
		}
		FreeTime free = new FreeTime(days, after, before);
		Set<Audience> groups = many(params, "groups", Audience.class, problems);
		boolean freeOnly = "true".equals(params.getFirst("free"));
		if (strict && !problems.isEmpty()) {
			throw new HverdagException.InvalidInput(problems);
		}
		return new NewcomerProfile(languages, level, interests, municipality, near, near == null ? null : radius, free,
				groups, freeOnly);
	}

	/** The profile as a query string: the cookie's value, and the page's links. */
	static String write(NewcomerProfile profile) {
		UriComponentsBuilder query = UriComponentsBuilder.newInstance();
		profile.languages().forEach(l -> query.queryParam("languages", l));
		if (profile.level() != null) {
			query.queryParam("level", profile.level().name());
		}
		profile.interests().forEach(i -> query.queryParam("interests", i.name()));
		if (profile.municipality() != null) {
			query.queryParam("municipality", profile.municipality());
		}
		if (profile.near() != null) {
			query.queryParam("near", profile.near().lat() + "," + profile.near().lon());
			query.queryParam("radiusKm", profile.radiusKm());
		}
		profile.freeTime().days().stream().sorted().forEach(d -> query.queryParam("days", d.name()));
		if (profile.freeTime().from() != null) {
			query.queryParam("after", profile.freeTime().from().toString());
		}
		if (profile.freeTime().until() != null) {
			query.queryParam("before", profile.freeTime().until().toString());
		}
		profile.groups().forEach(g -> query.queryParam("groups", g.name()));
		if (profile.freeOnly()) {
			query.queryParam("free", "true");
		}
		String written = query.build().encode().getQuery();
		return written == null ? "" : written;
	}

	static MultiValueMap<String, String> parse(String queryString) {
		if (queryString == null || queryString.isBlank()) {
			return new LinkedMultiValueMap<>();
		}
		MultiValueMap<String, String> raw = UriComponentsBuilder.fromUriString("?" + queryString)
			.build()
			.getQueryParams();
		MultiValueMap<String, String> decoded = new LinkedMultiValueMap<>();
		raw.forEach((key, values) -> values.forEach(value -> decoded.add(key,
				value == null ? "" : java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8))));
		return decoded;
	}

	private static List<String> values(MultiValueMap<String, String> params, String name) {
		List<String> raw = params.get(name);
		if (raw == null) {
			return List.of();
		}
		return raw.stream()
			.flatMap(v -> Arrays.stream(v.split(",")))
			.map(String::strip)
			.filter(v -> !v.isEmpty())
			.collect(Collectors.toCollection(LinkedHashSet::new))
			.stream()
			.toList();
	}

	private static <E extends Enum<E>> E one(MultiValueMap<String, String> params, String name, Class<E> type,
			List<FieldProblem> problems) {
		String value = params.getFirst(name);
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			problems.add(new FieldProblem(name, "validation.choice"));
			return null;
		}
	}

	private static <E extends Enum<E>> Set<E> many(MultiValueMap<String, String> params, String name, Class<E> type,
			List<FieldProblem> problems) {
		Set<E> chosen = new LinkedHashSet<>();
		for (String value : values(params, name)) {
			try {
				chosen.add(Enum.valueOf(type, value));
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldProblem(name, "validation.choice"));
			}
		}
		return chosen;
	}

	private static LocalTime time(MultiValueMap<String, String> params, String name, List<FieldProblem> problems) {
		String value = params.getFirst(name);
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalTime.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem(name, "validation.time"));
			return null;
		}
	}

	private static boolean accept(boolean ok, String field, String key, List<FieldProblem> problems) {
		if (!ok) {
			problems.add(new FieldProblem(field, key));
		}
		return ok;
	}

}
