package no.hverdag.activities.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import no.hverdag.activities.Accessibility;
import no.hverdag.activities.Activity;
import no.hverdag.activities.ActivityTexts;
import no.hverdag.activities.ActivityType;
import no.hverdag.activities.Audience;
import no.hverdag.activities.BuildingType;
import no.hverdag.activities.ContactPerson;
import no.hverdag.activities.NorwegianLevel;
import no.hverdag.activities.Participation;
import no.hverdag.activities.Place;
import no.hverdag.activities.Schedule;
import no.hverdag.activities.TextFormat;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Made-up activities spread over all of Norway's municipalities: a place near each
 * municipality's point (seed-data/municipalities.json), a mix of kinds, schedules,
 * languages, levels and audiences, titles and descriptions from a small Norwegian and
 * English vocabulary. The same seed gives the same activities.
 */
public final class BenchActivities {

	/** A municipality's number and point. */
	public record Municipality(String number, String name, double lat, double lon) {
	}

	static final String[] NB_WHAT = { "Språkkafé", "Leksehjelp", "Strikkekafé", "Turgruppe", "Fotballtrening",
			"Sykkelverksted", "Matlaging", "Sangkor", "Sjakkklubb", "Svømmekurs", "Datahjelp", "Jobbsøkerkurs",
			"Lesesirkel", "Dansekveld", "Kulturvenn", "Skileik", "Kunstverksted", "Barselgruppe", "Filmkveld",
			"Hagearbeid", "Brettspillkveld", "Norsktrening", "Søndagstur", "Volleyball", "Yoga" };

	static final String[] EN_WHAT = { "Language café", "Homework help", "Knitting café", "Hiking group",
			"Football practice", "Bike repair workshop", "Cooking together", "Choir", "Chess club", "Swimming lessons",
			"Computer help", "Job seeking course", "Reading circle", "Dance evening", "Culture buddy", "Ski play",
			"Art workshop", "Parents' group", "Film night", "Gardening", "Board game night", "Norwegian practice",
			"Sunday walk", "Volleyball", "Yoga" };

	static final String[] NB_WHERE = { "på biblioteket", "i frivilligsentralen", "på skolen", "i kulturhuset",
			"i idrettshallen", "i parken", "på ungdomsklubben", "i menighetshuset" };

	static final String[] NB_SENTENCES = { "Alle er velkomne, uansett hvor mye norsk du kan.",
			"Vi møtes, prater sammen og drikker kaffe.", "Ta med venner og familie.",
			"Det er gratis og du trenger ikke å melde deg på.", "Frivillige hjelper deg i gang.",
			"Vi låner ut utstyr til dem som trenger det.", "Her kan du øve på norsk i hverdagen.",
			"Barn er velkomne sammen med foreldre.", "Vi snakker norsk, engelsk og arabisk.",
			"Passer for nybegynnere og viderekomne.", "Etterpå spiser vi sammen.",
			"Møt nye mennesker i nærmiljøet ditt." };

	static final String[] EN_SENTENCES = { "Everyone is welcome, whatever your Norwegian.",
			"We meet, talk and have coffee.", "Bring friends and family.", "It is free and you need not sign up.",
			"Volunteers help you get started.", "We lend equipment to those who need it.",
			"Practise everyday Norwegian here.", "Children are welcome with their parents.",
			"Beginners and the experienced alike.", "Afterwards we eat together." };

	static final List<String> LANGUAGES = List.of("no", "en", "ar", "uk", "so", "ti", "fa", "pl", "ku", "ru");

	private BenchActivities() {
	}

	public static List<Municipality> municipalities() {
		try (InputStream in = BenchActivities.class.getResourceAsStream("/seed-data/municipalities.json")) {
			List<Municipality> all = new ArrayList<>();
			for (JsonNode m : JsonMapper.builder().build().readTree(in)) {
				all.add(new Municipality(m.get("number").asString(), m.get("name").asString(), m.get("lat").asDouble(),
						m.get("lon").asDouble()));
			}
			return all;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** {@code count} activities, spread evenly over the municipalities. */
	public static List<Activity> generate(int count, List<Municipality> municipalities, LocalDate today, long seed) {
		Random random = new Random(seed);
		List<Activity> activities = new ArrayList<>(count);
		Instant published = today.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
		for (int i = 0; i < count; i++) {
			Municipality m = municipalities.get(i % municipalities.size());
			activities.add(activity("bench-" + i, m, random, today, published));
		}
		return activities;
	}

	private static Activity activity(String id, Municipality m, Random random, LocalDate today, Instant published) {
		int what = random.nextInt(NB_WHAT.length);
		String where = NB_WHERE[random.nextInt(NB_WHERE.length)];
		Map<String, ActivityTexts.Text> texts = new LinkedHashMap<>();
		texts.put("nb", new ActivityTexts.Text(NB_WHAT[what] + " " + where + " i " + m.name(),
				sentences(NB_SENTENCES, random, 3 + random.nextInt(4))));
		if (random.nextInt(3) == 0) {
			texts.put("en", new ActivityTexts.Text(EN_WHAT[what] + " in " + m.name(),
					sentences(EN_SENTENCES, random, 2 + random.nextInt(3))));
		}
		ActivityType type = ActivityType.values()[random.nextInt(ActivityType.values().length)];
		List<String> languages = new ArrayList<>(List.of("no"));
		for (int n = random.nextInt(3); n > 0; n--) {
			String language = LANGUAGES.get(1 + random.nextInt(LANGUAGES.size() - 1));
			if (!languages.contains(language)) {
				languages.add(language);
			}
		}
		Set<Accessibility> accessibility = EnumSet.noneOf(Accessibility.class);
		for (Accessibility a : Accessibility.values()) {
			if (random.nextInt(4) == 0) {
				accessibility.add(a);
			}
		}
		boolean free = random.nextInt(5) != 0;
		// Within about 10 km of the municipality's point.
		double lat = m.lat() + (random.nextDouble() - 0.5) * 0.18;
		double lon = m.lon() + (random.nextDouble() - 0.5) * 0.36;
		Place place = new Place(where.substring(where.indexOf(' ') + 1), "Storgata " + (1 + random.nextInt(90)),
				m.number(), null, BuildingType.values()[random.nextInt(BuildingType.values().length)],
				Math.max(57.1, Math.min(71.9, lat)), Math.max(3.1, Math.min(31.9, lon)));
		return new Activity(id, "bench-org-" + m.number() + "-" + random.nextInt(5), "Frivillige i " + m.name(), type,
				new ActivityTexts("nb", texts), TextFormat.PLAIN, schedule(random, today), place, languages,
				NorwegianLevel.values()[random.nextInt(NorwegianLevel.values().length)],
				random.nextInt(3) == 0 ? Audience.values()[random.nextInt(Audience.values().length)]
						: Audience.EVERYONE,
				free, free ? null : 20 + 10 * random.nextInt(20), accessibility,
				new Participation(random.nextInt(3) == 0 ? 10 + random.nextInt(40) : null, random.nextInt(4) == 0),
				random.nextInt(2) == 0 ? new ContactPerson("Kari", "9" + (1000000 + random.nextInt(8999999)), null)
						: null,
				published);
	}

	private static Schedule schedule(Random random, LocalDate today) {
		LocalTime start = LocalTime.of(9 + random.nextInt(12), random.nextBoolean() ? 0 : 30);
		LocalTime end = start.plusMinutes(60 + 30 * random.nextInt(4));
		if (end.isBefore(start)) {
			end = LocalTime.of(23, 59);
		}
		int kind = random.nextInt(10);
		if (kind < 2) {
			return new Schedule.OneOff(today.plusDays(random.nextInt(120)), start, end);
		}
		Set<DayOfWeek> days = EnumSet.of(DayOfWeek.of(1 + random.nextInt(7)));
		if (random.nextInt(3) == 0) {
			days.add(DayOfWeek.of(1 + random.nextInt(7)));
		}
		LocalDate first = today.minusDays(random.nextInt(60));
		LocalDate last = random.nextInt(3) == 0 ? today.plusDays(30 + random.nextInt(200)) : null;
		Set<LocalDate> exceptions = random.nextInt(4) == 0 ? Set.of(today.plusDays(7 + random.nextInt(30))) : Set.of();
		return new Schedule.Recurring(days, kind < 4 ? 2 : 1, first, last, exceptions, start, end);
	}

	private static String sentences(String[] pool, Random random, int count) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			text.append(pool[random.nextInt(pool.length)]).append(' ');
		}
		return text.toString().strip();
	}

}
