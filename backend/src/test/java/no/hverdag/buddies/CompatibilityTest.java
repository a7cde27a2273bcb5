package no.hverdag.buddies;

import java.time.DayOfWeek;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each hard constraint on its own, and the reasons a good pair is given. */
class CompatibilityTest {

	final Candidate newcomer = People.newcomer("n");

	final Candidate local = People.local("l", 1);

	@Test
	@DisplayName("a pair that shares a language, a free time and the area is feasible, with its reasons")
	void feasibleWithReasons() {
		assertThat(Compatibility.refusals(this.newcomer, this.local, People.RULES)).isEmpty();
		Compatibility.Scored scored = Compatibility.score(this.newcomer, this.local, Weights.DEFAULT, People.NOW);
		assertThat(scored.reasons()).extracting(Reason::code)
			.contains(Reason.SHARED_INTEREST, Reason.DISTANCE_KM, Reason.COMMON_TIME, Reason.SHARED_LANGUAGE,
					Reason.CLOSE_IN_AGE, Reason.WAITED_DAYS);
		assertThat(scored.reasons()).contains(Reason.of(Reason.SHARED_INTEREST, "FOOTBALL"),
				Reason.of(Reason.COMMON_TIME, "THURSDAY_EVENING"), Reason.of(Reason.SHARED_LANGUAGE, "en"));
	}

	@Test
	@DisplayName("no common free time breaks the pair")
	void time() {
		Candidate busy = with(this.local, new TreeSet<>(Set.of(new FreeSlot(DayOfWeek.MONDAY, DayPart.MORNING))));
		assertThat(Compatibility.refusals(this.newcomer, busy, People.RULES)).containsExactly("TIME");
	}

	@Test
	@DisplayName("no shared language and too little Norwegian breaks the pair; enough Norwegian on both sides is fine")
	void language() {
		Candidate onlyUkrainian = new Candidate("l", Side.LOCAL, Set.of("uk"), NorwegianLevel.FLUENT,
				this.local.place(), Set.of(), null, AgeBand.AGE_26_35, null, this.local.free(), Wishes.NONE, null, 1,
				People.NOW);
		assertThat(Compatibility.refusals(this.newcomer, onlyUkrainian, People.RULES)).containsExactly("LANGUAGE");
		Candidate speaksNorwegian = new Candidate("n", Side.NEWCOMER, Set.of("ti"), NorwegianLevel.CONVERSATIONAL,
				this.newcomer.place(), Set.of(), null, AgeBand.AGE_26_35, null, this.newcomer.free(), Wishes.NONE, null,
				1, People.NOW);
		assertThat(Compatibility.refusals(speaksNorwegian, onlyUkrainian, People.RULES)).isEmpty();
	}

	@Test
	@DisplayName("a wish for the same gender needs both genders stated and equal")
	void sameGender() {
		Candidate wishes = new Candidate("n", Side.NEWCOMER, Set.of("en"), NorwegianLevel.NONE, this.newcomer.place(),
				Set.of(), null, AgeBand.AGE_26_35, Gender.WOMAN, this.newcomer.free(), new Wishes(true, false, null),
				null, 1, People.NOW);
		assertThat(Compatibility.refusals(wishes, this.local, People.RULES)).containsExactly("WISH_GENDER");
		Candidate woman = new Candidate("l", Side.LOCAL, Set.of("en"), NorwegianLevel.FLUENT, this.local.place(),
				Set.of(), null, AgeBand.AGE_67_PLUS, Gender.WOMAN, this.local.free(), Wishes.NONE, null, 1, People.NOW);
		assertThat(Compatibility.refusals(wishes, woman, People.RULES)).isEmpty();
	}

	@Test
	@DisplayName("a wish for a buddy who speaks Arabic, similar age, the programme's age rule, area and distance")
	void otherRules() {
		Candidate wantsArabic = new Candidate("n", Side.NEWCOMER, Set.of("en"), NorwegianLevel.NONE,
				this.newcomer.place(), Set.of(), null, AgeBand.AGE_18_25, null, this.newcomer.free(),
				new Wishes(false, true, "ar"), null, 1, People.NOW);
		Candidate older = new Candidate("l", Side.LOCAL, Set.of("en"), NorwegianLevel.FLUENT,
				new Place("3905", null, 59.9, 10.7, 5.0), Set.of(), null, AgeBand.AGE_51_66, null, this.local.free(),
				Wishes.NONE, null, 1, People.NOW);
		assertThat(Compatibility.refusals(wantsArabic, older, new ProgrammeRules(People.SKIEN, 1)))
			.containsExactlyInAnyOrder("AREA", "DISTANCE", "WISH_AGE", "WISH_LANGUAGE", "AGE_RULE");
	}

	@Test
	@DisplayName("a weight of zero takes its reason out of the score, and long waiting raises it")
	void weights() {
		Weights noInterests = new Weights(0, 2, 4, 2, 2, 3);
		int with = Compatibility.score(this.newcomer, this.local, Weights.DEFAULT, People.NOW).points();
		int without = Compatibility.score(this.newcomer, this.local, noInterests, People.NOW).points();
		assertThat(with - without).isEqualTo(50);
		Candidate longWaiting = new Candidate("n", Side.NEWCOMER, this.newcomer.languages(), this.newcomer.norwegian(),
				this.newcomer.place(), this.newcomer.interests(), null, this.newcomer.ageBand(), null,
				this.newcomer.free(), Wishes.NONE, null, 1, People.NOW.minusSeconds(86_400L * 300));
		assertThat(Compatibility.score(longWaiting, this.local, Weights.DEFAULT, People.NOW).points())
			.isGreaterThan(with);
	}

	private static Candidate with(Candidate c, TreeSet<FreeSlot> free) {
		return new Candidate(c.id(), c.side(), c.languages(), c.norwegian(), c.place(), c.interests(),
				c.lifeSituation(), c.ageBand(), c.gender(), free, c.wishes(), c.profession(), c.capacity(),
				c.waitingSince());
	}

}
