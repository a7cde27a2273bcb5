package no.hverdag.seed.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import no.hverdag.buddies.AgeBand;
import no.hverdag.buddies.BuddyEnrolments;
import no.hverdag.buddies.BuddyProgrammes;
import no.hverdag.buddies.Enrolment;
import no.hverdag.buddies.FreeSlot;
import no.hverdag.buddies.Gender;
import no.hverdag.buddies.Interest;
import no.hverdag.buddies.LifeSituation;
import no.hverdag.buddies.NorwegianLevel;
import no.hverdag.buddies.Place;
import no.hverdag.buddies.Programme;
import no.hverdag.buddies.Side;
import no.hverdag.buddies.Wishes;
import no.hverdag.shared.StartupMarks;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Demo content for culture buddies: Skien's "Kulturvenn" programme, run by Skien's
 * coordinator, with eight newcomers and six approved locals, enough for a first round.
 * Stable ids; an existing entry is left as it is.
 */
@Component
class BuddyDemoSeed extends DemoContentStep {

	static final String PROGRAMME = "seed-kulturvenn-skien";

	private static final String SKIEN = "4003";

	private final BuddyProgrammes programmes;

	private final BuddyEnrolments enrolments;

	private final Clock clock;

	private final String issuer;

	private final StartupMarks marks;

	BuddyDemoSeed(BuddyProgrammes programmes, BuddyEnrolments enrolments, Clock clock,
			@Value("${hverdag.seed.demo-issuer}") String issuer, StartupMarks marks) {
		this.marks = marks;
		this.programmes = programmes;
		this.enrolments = enrolments;
		this.clock = clock;
		this.issuer = issuer;
	}

	private record Person(String key, Side side, String firstName, List<String> languages, NorwegianLevel norwegian,
			String district, double latitude, double longitude, Set<Interest> interests, LifeSituation life,
			AgeBand age, Gender gender, List<String> free, int capacity, int waitedDays) {
	}

	private static final List<Person> PEOPLE = List.of(
			new Person("amal", Side.NEWCOMER, "Amal", List.of("ar", "en"), NorwegianLevel.BEGINNER, "Sentrum", 59.209,
					9.609, Set.of(Interest.FOOTBALL, Interest.COOKING), LifeSituation.FAMILY_WITH_CHILDREN,
					AgeBand.AGE_26_35, Gender.WOMAN, List.of("THURSDAY_EVENING", "SATURDAY_MORNING"), 1, 120),
			new Person("yonas", Side.NEWCOMER, "Yonas", List.of("ti", "en"), NorwegianLevel.BEGINNER, "Gulset", 59.222,
					9.585, Set.of(Interest.FOOTBALL, Interest.SPORTS), LifeSituation.JOB_SEEKING, AgeBand.AGE_18_25,
					Gender.MAN, List.of("TUESDAY_EVENING", "THURSDAY_EVENING"), 1, 200),
			new Person("olena", Side.NEWCOMER, "Olena", List.of("uk", "en"), NorwegianLevel.CONVERSATIONAL, "Sentrum",
					59.207, 9.612, Set.of(Interest.MUSIC, Interest.READING), LifeSituation.WORKING, AgeBand.AGE_36_50,
					Gender.WOMAN, List.of("WEDNESDAY_EVENING", "SUNDAY_AFTERNOON"), 1, 60),
			new Person("hassan", Side.NEWCOMER, "Hassan", List.of("ar"), NorwegianLevel.NONE, "Klosterskogen", 59.203,
					9.597, Set.of(Interest.COOKING, Interest.HIKING), LifeSituation.FAMILY_WITH_CHILDREN,
					AgeBand.AGE_36_50, Gender.MAN, List.of("SATURDAY_MORNING", "SUNDAY_AFTERNOON"), 1, 300),
			new Person("fatima", Side.NEWCOMER, "Fatima", List.of("so", "en"), NorwegianLevel.BEGINNER, "Hovenga",
					59.177, 9.627, Set.of(Interest.CRAFTS, Interest.CHILDREN_ACTIVITIES), LifeSituation.STUDENT,
					AgeBand.AGE_18_25, Gender.WOMAN, List.of("MONDAY_AFTERNOON", "THURSDAY_EVENING"), 1, 30),
			new Person("dmytro", Side.NEWCOMER, "Dmytro", List.of("uk", "ru"), NorwegianLevel.BEGINNER, "Gulset",
					59.224, 9.581, Set.of(Interest.TECHNOLOGY, Interest.GAMES), LifeSituation.JOB_SEEKING,
					AgeBand.AGE_26_35, Gender.MAN, List.of("TUESDAY_EVENING"), 1, 10),
			new Person("parisa", Side.NEWCOMER, "Parisa", List.of("fa", "en"), NorwegianLevel.CONVERSATIONAL, "Sentrum",
					59.21, 9.605, Set.of(Interest.ART, Interest.CULTURE), LifeSituation.WORKING, AgeBand.AGE_51_66,
					Gender.WOMAN, List.of("WEDNESDAY_EVENING", "SATURDAY_MORNING"), 1, 90),
			new Person("abdi", Side.NEWCOMER, "Abdi", List.of("so"), NorwegianLevel.NONE, "Hovenga", 59.176, 9.63,
					Set.of(Interest.FOOTBALL), LifeSituation.STUDENT, AgeBand.AGE_18_25, Gender.MAN,
					List.of("FRIDAY_EVENING"), 1, 5),
			new Person("kari", Side.LOCAL, "Kari", List.of("en"), NorwegianLevel.FLUENT, "Sentrum", 59.21, 9.611,
					Set.of(Interest.FOOTBALL, Interest.COOKING), LifeSituation.FAMILY_WITH_CHILDREN, AgeBand.AGE_36_50,
					Gender.WOMAN, List.of("THURSDAY_EVENING", "SATURDAY_MORNING"), 2, 40),
			new Person("ola", Side.LOCAL, "Ola", List.of("en"), NorwegianLevel.FLUENT, "Gulset", 59.223, 9.587,
					Set.of(Interest.FOOTBALL, Interest.SPORTS, Interest.TECHNOLOGY), LifeSituation.WORKING,
					AgeBand.AGE_26_35, Gender.MAN, List.of("TUESDAY_EVENING", "THURSDAY_EVENING"), 1, 20),
			new Person("ingrid", Side.LOCAL, "Ingrid", List.of("en", "uk"), NorwegianLevel.FLUENT, "Sentrum", 59.208,
					9.61, Set.of(Interest.MUSIC, Interest.ART, Interest.CULTURE), LifeSituation.RETIRED,
					AgeBand.AGE_67_PLUS, Gender.WOMAN, List.of("WEDNESDAY_EVENING", "SUNDAY_AFTERNOON"), 2, 15),
			new Person("per", Side.LOCAL, "Per", List.of("ar", "en"), NorwegianLevel.FLUENT, "Klosterskogen", 59.204,
					9.599, Set.of(Interest.HIKING, Interest.COOKING), LifeSituation.FAMILY_WITH_CHILDREN,
					AgeBand.AGE_36_50, Gender.MAN, List.of("SATURDAY_MORNING"), 1, 50),
			new Person("sigrid", Side.LOCAL, "Sigrid", List.of("en"), NorwegianLevel.FLUENT, "Hovenga", 59.178, 9.626,
					Set.of(Interest.CRAFTS, Interest.CHILDREN_ACTIVITIES), LifeSituation.STUDENT, AgeBand.AGE_18_25,
					Gender.WOMAN, List.of("MONDAY_AFTERNOON"), 1, 8),
			new Person("lars", Side.LOCAL, "Lars", List.of("en"), NorwegianLevel.FLUENT, "Gulset", 59.221, 9.583,
					Set.of(Interest.GAMES, Interest.TECHNOLOGY), LifeSituation.WORKING, AgeBand.AGE_26_35, Gender.MAN,
					List.of("TUESDAY_EVENING"), 1, 3));

	/** Once per version of this code and issuer (issue 18: a restart redoes nothing). */
	@Override
	protected Mono<?> seedDemo() {
		return this.marks.unlessDone("buddy-demo-seed",
				StartupMarks.checksum(StartupMarks.code(BuddyDemoSeed.class), StartupMarks.text(this.issuer)),
				this::seed);
	}

	private Mono<Void> seed() {
		Instant now = this.clock.instant();
		Programme programme = new Programme(PROGRAMME, "Kulturvenn Skien", SKIEN, null, Map.of("nb",
				"Skien kommunes kulturvennprogram: en nyankommen og en skiensborger møtes jevnlig i et år – til kaffe, tur, fotball eller hjelp med et brev.",
				"en",
				"Skien municipality's culture buddy programme: a newcomer and a local meet regularly for a year – for coffee, a walk, football or help with a letter.",
				"ar",
				"برنامج الرفيق الثقافي في بلدية شيان: يلتقي قادم جديد ومقيم بانتظام لمدة عام – لتناول القهوة أو التنزه أو كرة القدم أو المساعدة في رسالة.",
				"nn",
				"Skien kommune sitt kulturvenprogram: ein nykomar og ein skiensbuar møtest jamleg i eitt år – til kaffi, tur, fotball eller hjelp med eit brev.",
				"uk",
				"Програма «культурний друг» комуни Шієн: новоприбулий і місцевий мешканець регулярно зустрічаються протягом року – на каву, прогулянку, футбол або щоб розібратися з листом.",
				"so",
				"Barnaamijka saaxiibka dhaqanka ee degmada Skien: qof cusub iyo qof deegaanka ah ayaa si joogto ah u kulma hal sano – kafee, socod, kubadda cagta ama caawimaad warqad.",
				"ti",
				"መደብ ባህላዊ ዓርኪ ናይ ምምሕዳር ሺየን፡ ሓድሽ መጻኢን ናይ ከባቢ ተቐማጣይን ንሓደ ዓመት ብስሩዕ ይራኸቡ – ንቡን፡ ንዙረት፡ ንኩዕሶ እግሪ ወይ ንሓገዝ ምስ ደብዳቤ።",
				"fa",
				"برنامهٔ دوست فرهنگی شهرداری شیین: یک تازه‌وارد و یک ساکن محلی یک سال به‌طور منظم همدیگر را می‌بینند – برای قهوه، پیاده‌روی، فوتبال یا کمک در فهم یک نامه.",
				"pl",
				"Program „kulturalny przyjaciel” gminy Skien: nowo przybyły i mieszkaniec spotykają się regularnie przez rok – na kawę, spacer, piłkę nożną albo pomoc z listem."),
				12, 3, 7, null, this.issuer, "koordinator-skien", now);
		return this.programmes.importProgramme(programme)
			.thenMany(Flux.fromIterable(PEOPLE).concatMap(p -> this.enrolments.importEnrolment(enrolment(p, now))))
			.then();
	}

	private Enrolment enrolment(Person p, Instant now) {
		TreeSet<FreeSlot> free = new TreeSet<>();
		p.free().forEach(code -> FreeSlot.parse(code).ifPresent(free::add));
		Instant enrolled = now.minus(Duration.ofDays(p.waitedDays()));
		return new Enrolment("seed-buddy-" + p.key(), PROGRAMME, p.side(), this.issuer, "kulturvenn-" + p.key(),
				p.firstName(), p.key() + "@example.no",
				p.key().equals("amal") || p.key().equals("hassan") ? "ar" : "nb", Set.copyOf(p.languages()),
				p.norwegian(), new Place(SKIEN, p.district(), p.latitude(), p.longitude(), 8.0), p.interests(),
				p.life(), p.age(), p.gender(), free, Wishes.NONE, null, null, p.capacity(),
				p.side() == Side.LOCAL ? enrolled : null, p.side() == Side.LOCAL ? enrolled : null,
				Enrolment.EnrolmentStatus.APPROVED, enrolled);
	}

	@Override
	public int getPhase() {
		return CONTENT + 1;
	}

}
