package no.hverdag.buddies;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One enrolled person as matching sees them: only what the rules need, never a name or a
 * contact point.
 *
 * @param id the enrolment's id
 * @param capacity how many newcomers a local takes (a family counts as one); 1 for
 * newcomers
 * @param waitingSince when they entered the pool (kept when a proposal falls through, so
 * nobody loses their place in line for a decline)
 */
public record Candidate(String id, Side side, Set<String> languages, NorwegianLevel norwegian, Place place,
		Set<Interest> interests, LifeSituation lifeSituation, AgeBand ageBand, Gender gender, SortedSet<FreeSlot> free,
		Wishes wishes, String profession, int capacity, Instant waitingSince) {

	public Candidate {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(side, "side");
		Objects.requireNonNull(place, "place");
		Objects.requireNonNull(ageBand, "ageBand");
		Objects.requireNonNull(waitingSince, "waitingSince");
		languages = Set.copyOf(languages);
		norwegian = norwegian == null ? NorwegianLevel.NONE : norwegian;
		interests = Set.copyOf(interests);
		free = new TreeSet<>(free);
		wishes = wishes == null ? Wishes.NONE : wishes;
		profession = profession == null || profession.isBlank() ? null
				: profession.strip().toLowerCase(java.util.Locale.ROOT);
		capacity = side == Side.NEWCOMER ? 1 : Math.max(1, capacity);
	}

	/**
	 * Whether this person speaks the language (Norwegian counts from conversational
	 * level).
	 */
	public boolean speaks(String language) {
		if ("no".equals(language) || "nb".equals(language) || "nn".equals(language)) {
			return this.norwegian.enoughForConversation() || this.languages.contains(language);
		}
		return this.languages.contains(language);
	}

}
