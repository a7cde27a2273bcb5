package no.hverdag.matching.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
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
import no.hverdag.activities.SpokenLanguages;
import no.hverdag.matching.FreeTime;
import no.hverdag.matching.Need;
import no.hverdag.matching.NewcomerProfile;
import no.hverdag.activities.Topic;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.HverdagException.FieldProblem;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A profile as request parameters, the same names on the API, the page form and the
 * browser cookie: {@code languages}, {@code level}, {@code interests},
 * {@code municipality}, {@code near} ("lat,lon"), {@code radiusKm}, free-time windows
 * {@code days}, {@code after}/{@code before} (HH:mm) and the same with 2 and 3
 * ({@code days2}, {@code after2} ...), {@code groups}, {@code needs}, {@code topics},
 * {@code free}, {@code from}/{@code to} (YYYY-MM-DD). Lists may repeat the parameter or
 * be comma-separated. Strict reading names the first wrong parameter; lenient reading (an
 * old cookie) drops what it cannot read.
 */
final class ProfileParameters {

	/** The languages the page offers to pick; the API takes any ISO 639-1 code. */
	static final List<String> LANGUAGES = List.of("no", "en", "ar", "uk", "so", "ti", "fa", "pl", "ku", "ru");

	private ProfileParameters() {
	}

	static NewcomerProfile read(MultiValueMap<String, String> params, boolean strict,
			java.util.function.Predicate<String> municipalityExists) {
		List<FieldProblem> problems = new ArrayList<>();
		List<String> languages = values(params, "languages").stream()
			.filter(l -> accept(SpokenLanguages.known(l), "languages", "validation.languages.unknown", problems))
			.map(l -> SpokenLanguages.normalise(l).orElseThrow())
			.distinct()
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
		List<FreeTime> windows = new ArrayList<>();
		for (int i = 1; i <= NewcomerProfile.MAX_WINDOWS; i++) {
			windows.add(window(params, i == 1 ? "" : Integer.toString(i), problems));
		}
		Set<Audience> groups = many(params, "groups", Audience.class, problems);
		boolean freeOnly = "true".equals(params.getFirst("free"));
		Set<Need> needs = many(params, "needs", Need.class, problems);
		Set<Topic> topics = many(params, "topics", Topic.class, problems);
		LocalDate from = date(params, "from", problems);
		LocalDate to = date(params, "to", problems);
		if (from != null && to != null && to.isBefore(from)) {
			problems.add(new FieldProblem("to", "validation.lastDate.afterFirst"));
			to = null;
		}
		if (strict && !problems.isEmpty()) {
			throw new HverdagException.InvalidInput(problems);
		}
		return new NewcomerProfile(languages, level, interests, municipality, near, near == null ? null : radius,
				windows, groups, freeOnly, needs, from, to, topics);
	}

	/** One free-time window: {@code days}, {@code after}, {@code before}, then 2, 3. */
	private static FreeTime window(MultiValueMap<String, String> params, String suffix, List<FieldProblem> problems) {
		Set<DayOfWeek> days = many(params, "days" + suffix, DayOfWeek.class, problems);
		LocalTime after = time(params, "after" + suffix, problems);
		LocalTime before = time(params, "before" + suffix, problems);
		if (after != null && before != null && !before.isAfter(after)) {
			problems.add(new FieldProblem("before" + suffix, "validation.end.afterStart"));
			before = null;
		}
		return new FreeTime(days, after, before);
	}

	private static LocalDate date(MultiValueMap<String, String> params, String name, List<FieldProblem> problems) {
		String value = params.getFirst(name);
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem(name, "validation.date"));
			return null;
		}
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
		for (int i = 0; i < profile.freeTimes().size(); i++) {
			FreeTime window = profile.freeTimes().get(i);
			String suffix = i == 0 ? "" : Integer.toString(i + 1);
			window.days().stream().sorted().forEach(d -> query.queryParam("days" + suffix, d.name()));
			if (window.from() != null) {
				query.queryParam("after" + suffix, window.from().toString());
			}
			if (window.until() != null) {
				query.queryParam("before" + suffix, window.until().toString());
			}
		}
		profile.needs().stream().sorted().forEach(n -> query.queryParam("needs", n.name()));
		profile.topics().stream().sorted().forEach(t -> query.queryParam("topics", t.name()));
		if (profile.from() != null) {
			query.queryParam("from", profile.from().toString());
		}
		if (profile.to() != null) {
			query.queryParam("to", profile.to().toString());
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
