package no.hverdag.activities;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A published activity, public to everyone: what it is, when and where, in which
 * languages, for whom, and how to join. Languages are ISO 639-1 codes of languages spoken
 * there; {@code level} is the Norwegian it needs.
 */
public record Activity(String id, String organisationId, String organisationName, ActivityType type,
		ActivityTexts texts, TextFormat format, Schedule schedule, Place place, List<String> languages,
		NorwegianLevel level, Audience audience, boolean free, Integer priceNok, Set<Accessibility> accessibility,
		Participation participation, ContactPerson contact, Instant publishedAt) {

	public Activity {
		languages = List.copyOf(languages);
		level = level == null ? NorwegianLevel.NONE : level;
		audience = audience == null ? Audience.EVERYONE : audience;
		format = format == null ? TextFormat.PLAIN : format;
		accessibility = accessibility == null || accessibility.isEmpty() ? Set.of()
				: Set.copyOf(EnumSet.copyOf(accessibility));
		participation = participation == null ? Participation.DROP_IN : participation;
		priceNok = free ? null : priceNok;
	}

	public static Activity published(String id, String organisationId, String organisationName, ActivityDraft draft,
			Instant at) {
		return new Activity(id, organisationId, organisationName, draft.type(), draft.texts(), draft.format(),
				draft.schedule(), draft.place(), draft.languages(), draft.level(), draft.audience(), draft.free(),
				draft.priceNok(), draft.accessibility(), draft.participation(), draft.contact(), at);
	}

	/** The title in the original language. */
	public String title() {
		return this.texts.original().title();
	}

	/** The description in the original language. */
	public String description() {
		return this.texts.original().description();
	}

}
