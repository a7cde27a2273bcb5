package no.hverdag.activities.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

import no.hverdag.activities.Activity;
import no.hverdag.activities.Schedule;
import no.hverdag.shared.mapping.HverdagMapperConfig;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = HverdagMapperConfig.class)
public interface ActivityMapper {

	@Mapping(target = "schedule", expression = "java(schedule(document))")
	@Mapping(target = "place.name", source = "placeName")
	@Mapping(target = "place.address", source = "address")
	@Mapping(target = "place.municipality", source = "municipality")
	@Mapping(target = "place.lat", source = "lat")
	@Mapping(target = "place.lon", source = "lon")
	Activity toDomain(ActivityDocument document);

	@Mapping(target = "scheduleKind", expression = "java(activity.schedule() instanceof Schedule.Weekly ? \"WEEKLY\" : \"ONE_OFF\")")
	@Mapping(target = "date", expression = "java(activity.schedule() instanceof Schedule.OneOff o ? o.date().toString() : null)")
	@Mapping(target = "dayOfWeek", expression = "java(activity.schedule() instanceof Schedule.Weekly w ? w.dayOfWeek().name() : null)")
	@Mapping(target = "start", expression = "java(activity.schedule().start().toString())")
	@Mapping(target = "end", expression = "java(activity.schedule().end().toString())")
	@Mapping(target = "placeName", source = "place.name")
	@Mapping(target = "address", source = "place.address")
	@Mapping(target = "municipality", source = "place.municipality")
	@Mapping(target = "lat", source = "place.lat")
	@Mapping(target = "lon", source = "place.lon")
	ActivityDocument toDocument(Activity activity);

	@Mapping(target = "scheduleKind", expression = "java(activity.schedule() instanceof Schedule.Weekly ? \"WEEKLY\" : \"ONE_OFF\")")
	@Mapping(target = "date", expression = "java(activity.schedule() instanceof Schedule.OneOff o ? o.date().toString() : null)")
	@Mapping(target = "dayOfWeek", expression = "java(activity.schedule() instanceof Schedule.Weekly w ? w.dayOfWeek().name() : null)")
	@Mapping(target = "start", expression = "java(activity.schedule().start().toString())")
	@Mapping(target = "end", expression = "java(activity.schedule().end().toString())")
	ActivityApi.ActivityResponse toResponse(Activity activity);

	ActivityApi.PlaceResponse toResponse(no.hverdag.activities.Place place);

	default Schedule schedule(ActivityDocument d) {
		LocalTime start = LocalTime.parse(d.start());
		LocalTime end = LocalTime.parse(d.end());
		return "WEEKLY".equals(d.scheduleKind()) ? new Schedule.Weekly(DayOfWeek.valueOf(d.dayOfWeek()), start, end)
				: new Schedule.OneOff(LocalDate.parse(d.date()), start, end);
	}

}
