package no.hverdag.activities;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A published activity, public to everyone: what it is, when and where, in which
 * languages, for whom, and how to join. Languages are ISO 639-1 codes of languages spoken
 * there; {@code level} is the Norwegian it needs.
 */
public record Activity(String id, String organisationId, String organisationName, ActivityType type,
		ActivityTexts texts, TextFormat format, Schedule schedule, Place place, List<String> languages,
		NorwegianLevel level, Audience audience, boolean free, Integer priceNok, Set<Accessibility> accessibility,
		Participation participation, ContactPerson contact, Instant publishedAt, Set<Topic> topics,
		Set<LocalDate> cancelledDates, ListingState state, Instant publishAt, String unpublishReason) {

	/** A published listing without topics or cancelled dates (demo data, older code). */
	public Activity(String id, String organisationId, String organisationName, ActivityType type, ActivityTexts texts,
			TextFormat format, Schedule schedule, Place place, List<String> languages, NorwegianLevel level,
			Audience audience, boolean free, Integer priceNok, Set<Accessibility> accessibility,
			Participation participation, ContactPerson contact, Instant publishedAt) {
		this(id, organisationId, organisationName, type, texts, format, schedule, place, languages, level, audience,
				free, priceNok, accessibility, participation, contact, publishedAt, Set.of(), Set.of(),
				ListingState.PUBLISHED, null, null);
	}

	public Activity {
		languages = List.copyOf(languages);
		level = level == null ? NorwegianLevel.NONE : level;
		audience = audience == null ? Audience.EVERYONE : audience;
		format = format == null ? TextFormat.PLAIN : format;
		accessibility = accessibility == null || accessibility.isEmpty() ? Set.of()
				: Set.copyOf(EnumSet.copyOf(accessibility));
		participation = participation == null ? Participation.DROP_IN : participation;
		priceNok = free ? null : priceNok;
		topics = topics == null || topics.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(topics));
		cancelledDates = cancelledDates == null ? Set.of() : Set.copyOf(new TreeSet<>(cancelledDates));
		state = state == null ? ListingState.PUBLISHED : state;
	}

	public static Activity published(String id, String organisationId, String organisationName, ActivityDraft draft,
			Instant at) {
		return new Activity(id, organisationId, organisationName, draft.type(), draft.texts(), draft.format(),
				draft.schedule(), draft.place(), draft.languages(), draft.level(), draft.audience(), draft.free(),
				draft.priceNok(), draft.accessibility(), draft.participation(), draft.contact(), at, draft.topics(),
				Set.of(),
				draft.publishAt() != null && draft.publishAt().isAfter(at) ? ListingState.SCHEDULED
						: ListingState.PUBLISHED,
				draft.publishAt() != null && draft.publishAt().isAfter(at) ? draft.publishAt() : null, null);
	}

	/**
	 * The same listing with new content: its id, organisation, state and history stay.
	 */
	public Activity revised(ActivityDraft draft) {
		return new Activity(this.id, this.organisationId, this.organisationName, draft.type(), draft.texts(),
				draft.format(), draft.schedule(), draft.place(), draft.languages(), draft.level(), draft.audience(),
				draft.free(), draft.priceNok(), draft.accessibility(), draft.participation(), draft.contact(),
				this.publishedAt, draft.topics(), this.cancelledDates, this.state, this.publishAt,
				this.unpublishReason);
	}

	/** Whether newcomers see it. */
	public boolean visible() {
		return this.state == ListingState.PUBLISHED;
	}

	/** Whether it happens on this date: on its schedule and not cancelled. */
	public boolean happensOn(LocalDate date) {
		return this.schedule.happensOn(date) && !this.cancelledDates.contains(date);
	}

	/** Its occurrences between two dates, both included, without the cancelled ones. */
	public List<Occurrence> occurrences(LocalDate from, LocalDate to) {
		return this.schedule.occurrences(from, to)
			.stream()
			.filter(occurrence -> !this.cancelledDates.contains(occurrence.date()))
			.toList();
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
