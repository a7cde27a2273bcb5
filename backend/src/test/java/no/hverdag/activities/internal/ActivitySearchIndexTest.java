package no.hverdag.activities.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import no.hverdag.activities.Accessibility;
import no.hverdag.activities.Activity;
import no.hverdag.activities.ActivityQuery;
import no.hverdag.activities.ActivityQuery.GeoPoint;
import no.hverdag.activities.ActivityTexts;
import no.hverdag.activities.ActivityType;
import no.hverdag.activities.Audience;
import no.hverdag.activities.BuildingType;
import no.hverdag.activities.NorwegianLevel;
import no.hverdag.activities.Participation;
import no.hverdag.activities.Place;
import no.hverdag.activities.Schedule;
import no.hverdag.activities.TextFormat;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Newcomers' search words, as they really type them, find what they mean; every filter
 * keeps what it says and nothing else; facet counts say what another choice would give.
 */
class ActivitySearchIndexTest {

	/** Thursday 26 November 2026, 09:00 in Norway. */
	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T08:00:00Z"), ZoneId.of("Europe/Oslo"));

	static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

	static final GeoPoint STORMEN = new GeoPoint(67.2829, 14.379);

	private final ActivitySearchIndex index = indexWith(
			activity("cafe", "Språkkafé på Stormen", "Vi snakker norsk over en kopp kaffe.",
					ActivityType.LANGUAGE_CAFE),
			activity("coffee", "Kaffe og prat for seniorer", "Vi drikker kaffe og prater.", ActivityType.CULTURE_EVENT),
			activity("skis", "Utlån av ski og skøyter", "Lån ski gratis hos BUA.", ActivityType.EQUIPMENT_LENDING),
			activity("football", "Fotball i Skien", "Vi spiller fotball hver lørdag.", ActivityType.CULTURE_EVENT));

	@ParameterizedTest(name = "\"{0}\" finds the language café first")
	@ValueSource(strings = { "språkkafé", "språkkafe", "sprakkafe", "sprakafe", "språkkaffe", "kafe", "Språkkafeen" })
	@DisplayName("with or without Norwegian letters, with a typo, or part of the compound")
	void languageCafe(String typed) {
		assertThat(ids(this.index, q -> q.text(typed))).first().isEqualTo("cafe");
	}

	@Test
	@DisplayName("a word of three letters is too short to guess from: it must match a whole word")
	void shortWordsStayExact() {
		// ("kaf" now finds the café: it is the stem of the compound's part "kafé")
		assertThat(ids(this.index, q -> q.text("spr"))).isEmpty();
		assertThat(ids(this.index, q -> q.text("ski"))).contains("skis");
	}

	@Test
	@DisplayName("exact matches rank above fuzzy ones: kaffe finds the coffee first")
	void exactFirst() {
		assertThat(ids(this.index, q -> q.text("kaffe"))).first().isEqualTo("coffee");
	}

	@Test
	@DisplayName("words that mean nothing here find nothing, and Lucene syntax is only text")
	void nonsense() {
		assertThat(ids(this.index, q -> q.text("xyzzyplugh"))).isEmpty();
		assertThat(ids(this.index, q -> q.text("kaffe~ AND (\"ski* -fotball [a TO z] \\ / :"))).contains("coffee");
	}

	@Test
	@DisplayName("every language version is searched, with English and nynorsk stems")
	void languageVersions() {
		Map<String, ActivityTexts.Text> texts = new LinkedHashMap<>();
		texts.put("nn", new ActivityTexts.Text("Strikkekveld for kvinner", "Vi strikkar saman på biblioteket."));
		texts.put("en", new ActivityTexts.Text("Knitting evening for women", "We knit together at the library."));
		texts.put("ar", new ActivityTexts.Text("أمسية الحياكة للنساء", "نحيك معًا في المكتبة."));
		ActivitySearchIndex index = indexWith(build("knit", b -> b.texts(new ActivityTexts("nn", texts))),
				activity("other", "Fotball", "Vi spelar fotball.", ActivityType.CULTURE_EVENT));
		assertThat(ids(index, q -> q.text("knitting"))).containsExactly("knit");
		assertThat(ids(index, q -> q.text("libraries"))).containsExactly("knit");
		assertThat(ids(index, q -> q.text("strikkar"))).containsExactly("knit");
		assertThat(ids(index, q -> q.text("الحياكة"))).containsExactly("knit");
	}

	@Nested
	@DisplayName("a day in the query")
	class DayInTheQuery {

		private final ActivitySearchIndex index = indexWith(
				build("cafe-tuesday", b -> b.type(ActivityType.LANGUAGE_CAFE)
					.texts(new ActivityTexts("nb", Map.of("nb",
							new ActivityTexts.Text("Språkkafé på biblioteket", "Vi snakker norsk over en kopp kaffe."),
							"en",
							new ActivityTexts.Text("Language café at the library",
									"We speak Norwegian over a cup of coffee."))))),
				build("cafe-saturday",
						b -> b.type(ActivityType.LANGUAGE_CAFE)
							.texts(ActivityTexts.of("nb", "Språkkafé i bydelshuset", "Øv på norsk med frivillige."))
							.schedule(Schedule.weekly(DayOfWeek.SATURDAY, LocalTime.of(12, 0), LocalTime.of(14, 0)))),
				build("beach-saturday",
						b -> b
							.texts(ActivityTexts.of("nb", "Strandrydding ved havna",
									"Vi plukker søppel langs sjøen og drikker kaffe etterpå."))
							.schedule(Schedule.weekly(DayOfWeek.SATURDAY, LocalTime.of(11, 0), LocalTime.of(14, 0)))));

		@ParameterizedTest(name = "\"{0}\"")
		@ValueSource(strings = { "language cafe on saturday", "språkkafe lørdag", "sprakkafe pa lordag" })
		@DisplayName("lifts what happens then among what is asked for, never above it")
		void liftsAmongGoodMatches(String typed) {
			// The café on Saturday first; the café on another day (a better text match:
			// it
			// has an English version) before what only happens on Saturday and mentions
			// coffee.
			assertThat(ids(this.index, q -> q.text(typed))).containsExactly("cafe-saturday", "cafe-tuesday",
					"beach-saturday");
		}

	}

	@Nested
	@DisplayName("a course named with what it teaches")
	class CourseOfSomething {

		private final ActivitySearchIndex index = indexWith(
				activity("course", "Norskkurs for nybegynnere", "Vi lærer norsk sammen, nivå A1.",
						ActivityType.CULTURE_EVENT),
				activity("course-2", "Norsk for voksne", "Undervisning i norsk to kvelder i uka.",
						ActivityType.CULTURE_EVENT),
				activity("cooking", "Matlaging i fellesskap",
						"Lær å lage mat fra hele verden. Vi snakker norsk mens vi lager mat.",
						ActivityType.CULTURE_EVENT),
				activity("cafe", "Språkkafé", "Øv på å snakke norsk over en kopp kaffe.", ActivityType.LANGUAGE_CAFE),
				activity("chess", "Sjakk for alle", "Vi spiller sjakk og drikker kaffe.", ActivityType.CULTURE_EVENT),
				activity("walk", "Tur i skogen", "Vi går tur sammen hver søndag.", ActivityType.CULTURE_EVENT));

		@ParameterizedTest(name = "\"{0}\"")
		@ValueSource(strings = { "learn norwegian", "norskkurs", "lære norsk", "norsk kurs", "norwegian course" })
		@DisplayName("a listing that says \"lær\" and, elsewhere, \"norsk\" is no Norwegian course")
		void courseOfNorwegian(String typed) {
			// The cooking evening says "lær å lage mat" (learn to cook) and, later, that
			// Norwegian is spoken: it comes after both Norwegian courses.
			List<String> found = ids(this.index, q -> q.text(typed));
			assertThat(found.subList(0, 2)).containsExactlyInAnyOrder("course", "course-2");
			assertThat(found).contains("cooking");
		}

	}

	@Nested
	@DisplayName("filters")
	class Filters {

		private final ActivitySearchIndex index = indexWith(
				build("bodo-cafe",
						b -> b.type(ActivityType.LANGUAGE_CAFE)
							.languages(List.of("no", "ar"))
							.schedule(Schedule.weekly(DayOfWeek.TUESDAY, LocalTime.of(18, 0), LocalTime.of(20, 0)))
							.accessibility(Set.of(Accessibility.STEP_FREE, Accessibility.HEARING_LOOP))),
				build("bodo-women",
						b -> b.audience(Audience.WOMEN)
							.level(NorwegianLevel.A2)
							.languages(List.of("no", "so"))
							.schedule(Schedule.weekly(DayOfWeek.SATURDAY, LocalTime.of(12, 0), LocalTime.of(14, 0)))),
				build("bodo-trip", b -> b.type(ActivityType.CULTURE_EVENT)
					.free(false)
					.level(NorwegianLevel.B1)
					.place(place("1804", 67.25, 14.55))
					.schedule(new Schedule.OneOff(TODAY.plusDays(12), LocalTime.of(10, 0), LocalTime.of(16, 0)))),
				build("oslo-cafe",
						b -> b.type(ActivityType.LANGUAGE_CAFE)
							.place(place("0301", 59.92, 10.76))
							.schedule(Schedule.weekly(DayOfWeek.THURSDAY, LocalTime.of(17, 0), LocalTime.of(19, 0)))),
				build("past",
						b -> b.schedule(
								new Schedule.OneOff(TODAY.minusDays(1), LocalTime.of(10, 0), LocalTime.of(12, 0)))),
				build("biweekly", b -> b.schedule(new Schedule.Recurring(Set.of(DayOfWeek.MONDAY), 2,
						TODAY.plusDays(11), null, Set.of(), LocalTime.of(16, 30), LocalTime.of(18, 0)))));

		@Test
		@DisplayName("nothing but what is still to come: a one-off from yesterday is gone")
		void upcomingOnly() {
			assertThat(ids(this.index, q -> q)).doesNotContain("past").hasSize(5);
		}

		@Test
		@DisplayName("municipality, type, spoken language and free keep their own")
		void simpleFilters() {
			assertThat(ids(this.index, q -> q.municipality("0301"))).containsExactly("oslo-cafe");
			assertThat(ids(this.index, q -> q.type(ActivityType.LANGUAGE_CAFE))).containsExactlyInAnyOrder("bodo-cafe",
					"oslo-cafe");
			assertThat(ids(this.index, q -> q.language("so"))).containsExactly("bodo-women");
			assertThat(ids(this.index, q -> q.free(true))).doesNotContain("bodo-trip").hasSize(4);
		}

		@Test
		@DisplayName("my Norwegian level keeps what needs that much or less")
		void level() {
			assertThat(ids(this.index, q -> q.level(NorwegianLevel.NONE))).doesNotContain("bodo-women", "bodo-trip");
			assertThat(ids(this.index, q -> q.level(NorwegianLevel.A2))).contains("bodo-women")
				.doesNotContain("bodo-trip");
			assertThat(ids(this.index, q -> q.level(NorwegianLevel.C1))).hasSize(5);
		}

		@Test
		@DisplayName("audience keeps that group's activities")
		void audience() {
			assertThat(ids(this.index, q -> q.audience(Audience.WOMEN))).containsExactly("bodo-women");
		}

		@Test
		@DisplayName("weekday and time of day: after work means from 16:00")
		void weekdayAndTime() {
			assertThat(ids(this.index, q -> q.weekday(DayOfWeek.SATURDAY))).containsExactly("bodo-women");
			assertThat(ids(this.index, q -> q.startsAfter(LocalTime.of(16, 0)))).containsExactlyInAnyOrder("bodo-cafe",
					"oslo-cafe", "biweekly");
			assertThat(ids(this.index, q -> q.endsBefore(LocalTime.of(14, 0)))).containsExactly("bodo-women");
		}

		@Test
		@DisplayName("a date range keeps what happens on a day inside it, every second week included")
		void dateRange() {
			// 7–8 December 2026 are a Monday and a Tuesday; the biweekly Monday starts on
			// 7
			// December.
			assertThat(ids(this.index, q -> q.between(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 7))))
				.containsExactly("biweekly");
			assertThat(ids(this.index, q -> q.between(LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 14))))
				.as("not the Monday in between")
				.isEmpty();
			assertThat(ids(this.index, q -> q.between(TODAY.plusDays(12), TODAY.plusDays(12))))
				.containsExactlyInAnyOrder("bodo-trip", "bodo-cafe");
		}

		@Test
		@DisplayName("accessibility keeps places with all of what is asked")
		void accessibility() {
			assertThat(ids(this.index, q -> q.accessibility(Set.of(Accessibility.STEP_FREE))))
				.containsExactly("bodo-cafe");
			assertThat(
					ids(this.index, q -> q.accessibility(Set.of(Accessibility.STEP_FREE, Accessibility.SIGN_LANGUAGE))))
				.isEmpty();
		}

		@Test
		@DisplayName("distance keeps what is within the radius, and sorts nearest first")
		void distance() {
			assertThat(ids(this.index, q -> q.near(STORMEN, 5.0)))
				.containsExactlyInAnyOrder("bodo-cafe", "bodo-women", "biweekly")
				.doesNotContain("bodo-trip");
			assertThat(ids(this.index, q -> q.near(STORMEN, 20.0).sort(ActivityQuery.Sort.DISTANCE))).last()
				.isEqualTo("bodo-trip");
			assertThat(ids(this.index, q -> q.near(STORMEN, null).sort(ActivityQuery.Sort.DISTANCE))).last()
				.isEqualTo("oslo-cafe");
		}

		@Test
		@DisplayName("by date, soonest first: today's Thursday café first, the trip in 12 days last")
		void soonestFirst() {
			assertThat(ids(this.index, q -> q.sort(ActivityQuery.Sort.DATE))).containsExactly("oslo-cafe", "bodo-women",
					"bodo-cafe", "biweekly", "bodo-trip");
		}

		@Test
		@DisplayName("pages hold their size, and the total counts every match")
		void paging() {
			ActivitySearchIndex.Hits first = this.index
				.search(ActivityQuery.builder().sort(ActivityQuery.Sort.DATE).page(0, 2).build());
			ActivitySearchIndex.Hits third = this.index
				.search(ActivityQuery.builder().sort(ActivityQuery.Sort.DATE).page(2, 2).build());
			assertThat(first.ids()).containsExactly("oslo-cafe", "bodo-women");
			assertThat(third.ids()).containsExactly("bodo-trip");
			assertThat(first.total()).isEqualTo(5);
		}

		@Test
		@DisplayName("a page asked again comes from the cache, and a listing added or removed shows at once")
		void cachedPagesFollowWrites() {
			ActivityQuery cafes = ActivityQuery.builder()
				.type(ActivityType.LANGUAGE_CAFE)
				.sort(ActivityQuery.Sort.DATE)
				.build();
			assertThat(this.index.search(cafes).ids()).containsExactly("oslo-cafe", "bodo-cafe");
			assertThat(this.index.search(cafes).ids()).as("the same page again")
				.containsExactly("oslo-cafe", "bodo-cafe");
			this.index.index(build("skien-cafe",
					b -> b.type(ActivityType.LANGUAGE_CAFE)
						.place(place("4003", 59.21, 9.61))
						.schedule(Schedule.weekly(DayOfWeek.FRIDAY, LocalTime.of(17, 0), LocalTime.of(19, 0)))));
			assertThat(this.index.search(cafes).ids()).containsExactly("oslo-cafe", "skien-cafe", "bodo-cafe");
			assertThat(this.index.search(cafes).total()).isEqualTo(3);
			this.index.remove("oslo-cafe");
			assertThat(this.index.search(cafes).ids()).containsExactly("skien-cafe", "bodo-cafe");
			assertThat(this.index.search(cafes).facets().get("municipality")).doesNotContainKey("0301");
		}

		@Test
		@DisplayName("facet counts leave out their own filter's choice, and apply every other")
		void facets() {
			ActivitySearchIndex.Hits hits = this.index
				.search(ActivityQuery.builder().type(ActivityType.LANGUAGE_CAFE).municipality("1804").build());
			assertThat(hits.ids()).containsExactly("bodo-cafe");
			assertThat(hits.facets().get("type")).as("types within Bodø, whatever type is chosen")
				.containsEntry("LANGUAGE_CAFE", 1L)
				.containsEntry("CULTURE_EVENT", 1L)
				.containsEntry("VOLUNTEER_ASSIGNMENT", 2L);
			assertThat(hits.facets().get("municipality")).as("language cafés in every municipality")
				.containsEntry("1804", 1L)
				.containsEntry("0301", 1L);
			assertThat(hits.facets().get("lang")).containsEntry("ar", 1L).containsEntry("no", 1L);
			assertThat(hits.facets().get("accessibility")).containsEntry("HEARING_LOOP", 1L);
		}

	}

	@Nested
	@DisplayName("a rebuild while listings are written")
	class RebuildWhileWriting {

		private final Activity cafe = activity("cafe", "Språkkafé på Stormen", "Norsk over kaffe.",
				ActivityType.LANGUAGE_CAFE);

		private final Activity walk = activity("walk", "Tur i marka", "Vi går sammen.", ActivityType.CULTURE_EVENT);

		private final Activity chess = activity("chess", "Sjakk på biblioteket", "Sjakk for alle.",
				ActivityType.CULTURE_EVENT);

		private final ActivitySearchIndex index = indexWith(this.cafe, this.walk, this.chess);

		private String title(String id) {
			return this.index.search(ActivityQuery.builder().page(0, 100).build())
				.activities()
				.stream()
				.filter(a -> a.id().equals(id))
				.map(a -> a.texts().versions().get("nb").title())
				.findFirst()
				.orElse(null);
		}

		@Test
		@DisplayName("an edit indexed after the rebuild began is not overwritten by the older copy the rebuild read")
		void newerEditStays() {
			ActivitySearchIndex.Rebuild rebuild = this.index.startRebuild();
			this.index.index(
					activity("cafe", "Språkkafé på Stormen – ny tid", "Norsk over kaffe.", ActivityType.LANGUAGE_CAFE));
			this.index.rebuildWith(rebuild, List.of(this.cafe, this.walk, this.chess));
			this.index.finishRebuild(rebuild);
			assertThat(title("cafe")).isEqualTo("Språkkafé på Stormen – ny tid");
			assertThat(ids(this.index, q -> q)).containsExactlyInAnyOrder("cafe", "walk", "chess");
		}

		@Test
		@DisplayName("a listing gone from the store is dropped; one removed or added meanwhile stays as it was made")
		void deletionsFollowTheStore() {
			ActivitySearchIndex.Rebuild rebuild = this.index.startRebuild();
			this.index.remove("walk");
			Activity added = activity("yoga", "Yoga i parken", "Rolig yoga.", ActivityType.CULTURE_EVENT);
			this.index.index(added);
			// The store no longer holds "chess" (deleted without the index being told);
			// the
			// rebuild read "walk" before it was removed.
			this.index.rebuildWith(rebuild, List.of(this.cafe, this.walk));
			this.index.finishRebuild(rebuild);
			assertThat(ids(this.index, q -> q)).containsExactlyInAnyOrder("cafe", "yoga");
		}

		@Test
		@DisplayName("after a rebuild, the next one overwrites as usual (the numbers of changes are forgotten)")
		void nextRebuildStartsClean() {
			ActivitySearchIndex.Rebuild first = this.index.startRebuild();
			this.index.index(activity("cafe", "Ny tittel", "Norsk over kaffe.", ActivityType.LANGUAGE_CAFE));
			this.index.rebuildWith(first, List.of(this.cafe, this.walk, this.chess));
			this.index.finishRebuild(first);
			ActivitySearchIndex.Rebuild second = this.index.startRebuild();
			this.index.rebuildWith(second, List.of(this.cafe, this.walk, this.chess));
			this.index.finishRebuild(second);
			assertThat(title("cafe")).as("the store's copy, read after the edit was forgotten")
				.isEqualTo("Språkkafé på Stormen");
		}

	}

	static List<String> ids(ActivitySearchIndex index, UnaryOperator<ActivityQuery.Builder> query) {
		return index.search(query.apply(ActivityQuery.builder()).page(0, 100).build()).ids();
	}

	static ActivitySearchIndex indexWith(Activity... activities) {
		try {
			ActivitySearchIndex index = SearchIndexes.forTests(CLOCK);
			index.indexAll(List.of(activities));
			return index;
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static Activity activity(String id, String title, String description, ActivityType type) {
		return build(id, b -> b.type(type).texts(ActivityTexts.of("nb", title, description)));
	}

	static Place place(String municipality, double lat, double lon) {
		return new Place("Huset", null, municipality, null, BuildingType.LIBRARY, lat, lon);
	}

	static Activity build(String id, UnaryOperator<TestActivity> change) {
		return change.apply(new TestActivity(id)).build();
	}

	/** A free weekly drop-in at Stormen for everyone; tests change what they test. */
	static final class TestActivity {

		private final String id;

		private ActivityType type = ActivityType.VOLUNTEER_ASSIGNMENT;

		private ActivityTexts texts = ActivityTexts.of("nb", "Aktivitet", "Noe å gjøre.");

		private Schedule schedule = Schedule.weekly(DayOfWeek.TUESDAY, LocalTime.of(18, 0), LocalTime.of(20, 0));

		private Place place = ActivitySearchIndexTest.place("1804", 67.2829, 14.379);

		private List<String> languages = List.of("no");

		private NorwegianLevel level = NorwegianLevel.NONE;

		private Audience audience = Audience.EVERYONE;

		private boolean free = true;

		private Set<Accessibility> accessibility = Set.of();

		TestActivity(String id) {
			this.id = id;
		}

		TestActivity type(ActivityType type) {
			this.type = type;
			return this;
		}

		TestActivity texts(ActivityTexts texts) {
			this.texts = texts;
			return this;
		}

		TestActivity schedule(Schedule schedule) {
			this.schedule = schedule;
			return this;
		}

		TestActivity place(Place place) {
			this.place = place;
			return this;
		}

		TestActivity languages(List<String> languages) {
			this.languages = languages;
			return this;
		}

		TestActivity level(NorwegianLevel level) {
			this.level = level;
			return this;
		}

		TestActivity audience(Audience audience) {
			this.audience = audience;
			return this;
		}

		TestActivity free(boolean free) {
			this.free = free;
			return this;
		}

		TestActivity accessibility(Set<Accessibility> accessibility) {
			this.accessibility = accessibility;
			return this;
		}

		Activity build() {
			return new Activity(this.id, "org", "Foreningen", this.type, this.texts, TextFormat.PLAIN, this.schedule,
					this.place, this.languages, this.level, this.audience, this.free, this.free ? null : 100,
					this.accessibility, Participation.DROP_IN, null, Instant.EPOCH);
		}

	}

	@Test
	@DisplayName("the counts of a search without filters are kept until something is indexed, then counted again")
	void unfilteredCountsFollowTheIndex() {
		ActivitySearchIndex index = indexWith(activity("cafe", "Språkkafé", "Prat.", ActivityType.LANGUAGE_CAFE));
		ActivityQuery everything = ActivityQuery.builder().page(0, 10).build();
		assertThat(index.search(everything).facets().get("type")).containsEntry("LANGUAGE_CAFE", 1L);
		assertThat(index.search(everything).facets().get("type")).containsEntry("LANGUAGE_CAFE", 1L);

		index.index(activity("cafe-2", "Kveldskafé", "Prat.", ActivityType.LANGUAGE_CAFE));

		ActivitySearchIndex.Hits after = index.search(everything);
		assertThat(after.facets().get("type")).containsEntry("LANGUAGE_CAFE", 2L);
		assertThat(after.total()).isEqualTo(2);
		assertThat(after.ids()).containsExactlyInAnyOrder("cafe", "cafe-2");
	}

	@Test
	@DisplayName("an empty index (a fresh installation) answers no hits and no counts instead of failing")
	void emptyIndex() {
		ActivitySearchIndex empty = indexWith();
		ActivitySearchIndex.Hits hits = empty.search(ActivityQuery.builder().type(ActivityType.LANGUAGE_CAFE).build());
		assertThat(hits.ids()).isEmpty();
		assertThat(hits.total()).isZero();
		assertThat(hits.facets()).as("every filter with its empty counts, as the search page reads them")
			.containsOnlyKeys(ActivitySearchIndex.FACETS)
			.allSatisfy((dimension, counts) -> assertThat(counts).isEmpty());
	}

	@Test
	@DisplayName("\"i morgen\" means the day after today also after midnight, with nothing indexed in between")
	void tomorrowMovesWithTheDay() throws java.io.IOException {
		java.util.concurrent.atomic.AtomicReference<Instant> now = new java.util.concurrent.atomic.AtomicReference<>(
				CLOCK.instant());
		Clock moving = new Clock() {

			@Override
			public ZoneId getZone() {
				return CLOCK.getZone();
			}

			@Override
			public Clock withZone(ZoneId zone) {
				throw new UnsupportedOperationException();
			}

			@Override
			public Instant instant() {
				return now.get();
			}

		};
		try (ActivitySearchIndex index = SearchIndexes.forTests(moving)) {
			index
				.indexAll(List.of(
						build("friday",
								b -> b.schedule(
										Schedule.weekly(DayOfWeek.FRIDAY, LocalTime.of(18, 0), LocalTime.of(20, 0)))),
						build("saturday", b -> b
							.schedule(Schedule.weekly(DayOfWeek.SATURDAY, LocalTime.of(18, 0), LocalTime.of(20, 0))))));
			// Thursday: tomorrow is Friday.
			assertThat(ids(index, q -> q.text("i morgen"))).containsExactly("friday");
			now.set(CLOCK.instant().plus(java.time.Duration.ofDays(1)));
			// Friday: tomorrow is Saturday, though the index has not changed.
			assertThat(ids(index, q -> q.text("i morgen"))).containsExactly("saturday");
		}
	}

}
