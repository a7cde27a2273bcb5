package no.hverdag.activities.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import no.hverdag.activities.Accessibility;
import no.hverdag.activities.Activity;
import no.hverdag.activities.ActivityTexts;
import no.hverdag.activities.ActivityType;
import no.hverdag.activities.Audience;
import no.hverdag.activities.ContactPerson;
import no.hverdag.activities.NorwegianLevel;
import no.hverdag.activities.Occurrence;
import no.hverdag.activities.ListingState;
import no.hverdag.activities.Participation;
import no.hverdag.activities.Place;
import no.hverdag.activities.Schedule;
import no.hverdag.activities.TextFormat;
import no.hverdag.activities.Topic;
import no.hverdag.shared.mapping.HverdagMapperConfig;

import org.mapstruct.Mapper;

/**
 * Between the domain, the stored document and the API's answer. The nested parts map by
 * name; texts and schedules are written out because their shapes differ on purpose.
 */
@Mapper(config = HverdagMapperConfig.class)
public interface ActivityMapper {

	String RECURRING = "RECURRING";

	String ONE_OFF = "ONE_OFF";

	ActivityDocument.PlaceFields toFields(Place place);

	Place toPlace(ActivityDocument.PlaceFields fields);

	ActivityDocument.ContactFields toFields(ContactPerson contact);

	ContactPerson toContact(ActivityDocument.ContactFields fields);

	ActivityApi.PlaceResponse toResponse(Place place);

	ActivityApi.ContactResponse toResponse(ContactPerson contact);

	ActivityApi.ScheduleResponse toResponse(ActivityDocument.ScheduleFields schedule);

	default ActivityDocument toDocument(Activity a) {
		Map<String, ActivityDocument.TextFields> texts = new LinkedHashMap<>();
		a.texts()
			.versions()
			.forEach(
					(lang, text) -> texts.put(lang, new ActivityDocument.TextFields(text.title(), text.description())));
		return new ActivityDocument(a.id(), a.organisationId(), a.organisationName(), a.type().name(),
				a.texts().originalLanguage(), texts, a.format().name(), toFields(a.schedule()), toFields(a.place()),
				a.languages(), a.level().name(), a.audience().name(), a.free(), a.priceNok(),
				a.accessibility().stream().map(Enum::name).sorted().toList(), a.participation().capacity(),
				a.participation().signUpRequired(), toFields(a.contact()), a.publishedAt(),
				a.topics().stream().map(Enum::name).sorted().toList(),
				a.cancelledDates().stream().sorted().map(LocalDate::toString).toList(), a.state().name(), a.publishAt(),
				a.unpublishReason());
	}

	default Activity toDomain(ActivityDocument d) {
		Map<String, ActivityTexts.Text> texts = new LinkedHashMap<>();
		d.texts().forEach((lang, text) -> texts.put(lang, new ActivityTexts.Text(text.title(), text.description())));
		return new Activity(d.id(), d.organisationId(), d.organisationName(), ActivityType.valueOf(d.type()),
				new ActivityTexts(d.originalLanguage(), texts), TextFormat.valueOf(d.format()),
				toSchedule(d.schedule()), toPlace(d.place()), d.languages() == null ? List.of() : d.languages(),
				NorwegianLevel.valueOf(d.level()), Audience.valueOf(d.audience()), d.free(), d.priceNok(),
				accessibility(d.accessibility()), new Participation(d.capacity(), d.signUpRequired()),
				toContact(d.contact()), d.publishedAt(), topics(d.topics()),
				d.cancelledDates() == null ? Set.of()
						: d.cancelledDates().stream().map(LocalDate::parse).collect(Collectors.toSet()),
				d.state() == null ? ListingState.PUBLISHED : ListingState.valueOf(d.state()), d.publishAt(),
				d.unpublishReason());
	}

	private static Set<Topic> topics(List<String> names) {
		return names == null ? Set.of()
				: names.stream()
					.map(Topic::valueOf)
					.collect(Collectors.toCollection(() -> EnumSet.noneOf(Topic.class)));
	}

	default ActivityApi.ActivityResponse toResponse(Activity a, String language, List<Occurrence> upcoming,
			Double distanceKm) {
		ActivityTexts.Text text = a.texts().in(language);
		Map<String, ActivityApi.TextResponse> versions = new LinkedHashMap<>();
		a.texts()
			.versions()
			.forEach((lang, t) -> versions.put(lang, new ActivityApi.TextResponse(t.title(), t.description())));
		return new ActivityApi.ActivityResponse(a.id(), a.organisationId(), a.organisationName(), a.type().name(),
				a.texts().languageFor(language), text.title(), text.description(), a.texts().originalLanguage(),
				versions, a.format().name(), toResponse(a.schedule()),
				upcoming.stream()
					.map(o -> new ActivityApi.OccurrenceResponse(o.date(), o.start().toString(), o.end().toString()))
					.toList(),
				toResponse(a.place()), a.languages(), a.level().name(), a.audience().name(), a.free(), a.priceNok(),
				a.accessibility().stream().map(Enum::name).sorted().toList(), a.participation().capacity(),
				a.participation().signUpRequired(), toResponse(a.contact()), distanceKm, a.publishedAt(),
				a.topics().stream().map(Enum::name).sorted().toList(), a.state().name(), a.publishAt(),
				a.unpublishReason(), a.cancelledDates().stream().sorted().map(LocalDate::toString).toList());
	}

	default ActivityApi.ScheduleResponse toResponse(Schedule schedule) {
		return toResponse(toFields(schedule));
	}

	default ActivityDocument.ScheduleFields toFields(Schedule schedule) {
		if (schedule instanceof Schedule.Recurring r) {
			return new ActivityDocument.ScheduleFields(RECURRING, null,
					r.days().stream().sorted().map(Enum::name).toList(), r.everyWeeks(), text(r.firstDate()),
					text(r.lastDate()), r.exceptions().stream().sorted().map(LocalDate::toString).toList(),
					r.start().toString(), r.end().toString());
		}
		Schedule.OneOff once = (Schedule.OneOff) schedule;
		return new ActivityDocument.ScheduleFields(ONE_OFF, once.date().toString(), null, null, null, null, null,
				once.start().toString(), once.end().toString());
	}

	default Schedule toSchedule(ActivityDocument.ScheduleFields fields) {
		LocalTime start = LocalTime.parse(fields.start());
		LocalTime end = LocalTime.parse(fields.end());
		if (ONE_OFF.equals(fields.kind())) {
			return new Schedule.OneOff(LocalDate.parse(fields.date()), start, end);
		}
		Set<LocalDate> exceptions = fields.exceptions() == null ? Set.of()
				: fields.exceptions().stream().map(LocalDate::parse).collect(Collectors.toSet());
		return new Schedule.Recurring(
				fields.days()
					.stream()
					.map(DayOfWeek::valueOf)
					.collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class))),
				fields.everyWeeks() == null ? 1 : fields.everyWeeks(), date(fields.firstDate()),
				date(fields.lastDate()), exceptions, start, end);
	}

	private static String text(LocalDate date) {
		return date == null ? null : date.toString();
	}

	private static LocalDate date(String text) {
		return text == null ? null : LocalDate.parse(text);
	}

	private static Set<Accessibility> accessibility(List<String> names) {
		return names == null ? Set.of()
				: names.stream()
					.map(Accessibility::valueOf)
					.collect(Collectors.toCollection(() -> EnumSet.noneOf(Accessibility.class)));
	}

}
