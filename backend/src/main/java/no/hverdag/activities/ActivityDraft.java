package no.hverdag.activities;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What an organisation fills in to post an activity. */
public record ActivityDraft(ActivityType type, ActivityTexts texts, TextFormat format, Schedule schedule, Place place,
		List<String> languages, NorwegianLevel level, Audience audience, boolean free, Integer priceNok,
		Set<Accessibility> accessibility, Participation participation, ContactPerson contact, Set<Topic> topics,
		Instant publishAt) {

	/** A draft without topics, published at once. */
	public ActivityDraft(ActivityType type, ActivityTexts texts, TextFormat format, Schedule schedule, Place place,
			List<String> languages, NorwegianLevel level, Audience audience, boolean free, Integer priceNok,
			Set<Accessibility> accessibility, Participation participation, ContactPerson contact) {
		this(type, texts, format, schedule, place, languages, level, audience, free, priceNok, accessibility,
				participation, contact, Set.of(), null);
	}

	/**
	 * The same draft at another place (say, with the position its address was found at).
	 */
	public ActivityDraft withPlace(Place place) {
		return new ActivityDraft(this.type, this.texts, this.format, this.schedule, place, this.languages, this.level,
				this.audience, this.free, this.priceNok, this.accessibility, this.participation, this.contact,
				this.topics, this.publishAt);
	}

	public ActivityDraft {
		languages = List.copyOf(languages);
		accessibility = accessibility == null ? Set.of() : Set.copyOf(accessibility);
		level = level == null ? NorwegianLevel.NONE : level;
		audience = audience == null ? Audience.EVERYONE : audience;
		format = format == null ? TextFormat.PLAIN : format;
		participation = participation == null ? Participation.DROP_IN : participation;
		topics = topics == null || topics.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(topics));
	}

	/** The simplest draft: a free drop-in for everyone, no Norwegian needed. */
	public static ActivityDraft simple(ActivityType type, String title, String description, Schedule schedule,
			Place place, List<String> languages, boolean free) {
		return new ActivityDraft(type, ActivityTexts.of("nb", title, description), TextFormat.PLAIN, schedule, place,
				languages, NorwegianLevel.NONE, Audience.EVERYONE, free, null, Set.of(), Participation.DROP_IN, null);
	}

}
