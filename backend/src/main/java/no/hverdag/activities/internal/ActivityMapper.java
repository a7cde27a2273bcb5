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

	String WEEKLY = "WEEKLY";

	String ONE_OFF = "ONE_OFF";

	@Mapping(target = "place.name", source = "placeName")
	@Mapping(target = "place.address", source = "address")
	@Mapping(target = "place.municipality", source = "municipality")
	@Mapping(target = "place.lat", source = "lat")
	@Mapping(target = "place.lon", source = "lon")
	Activity toDomain(ActivityDocument document);

	@Mapping(target = "placeName", source = "place.name")
	@Mapping(target = "address", source = "place.address")
	@Mapping(target = "municipality", source = "place.municipality")
	@Mapping(target = "lat", source = "place.lat")
	@Mapping(target = "lon", source = "place.lon")
	ActivityDocument toDocument(Activity activity);

	ActivityApi.ActivityResponse toResponse(Activity activity);

	ActivityApi.PlaceResponse toResponse(no.hverdag.activities.Place place);

	ActivityApi.ScheduleResponse toResponse(ActivityDocument.ScheduleFields schedule);

	default ActivityApi.ScheduleResponse toResponse(Schedule schedule) {
		return toResponse(toFields(schedule));
	}

	default ActivityDocument.ScheduleFields toFields(Schedule schedule) {
		if (schedule instanceof Schedule.Weekly weekly) {
			return new ActivityDocument.ScheduleFields(WEEKLY, null, weekly.dayOfWeek().name(),
					weekly.start().toString(), weekly.end().toString());
		}
		Schedule.OneOff once = (Schedule.OneOff) schedule;
		return new ActivityDocument.ScheduleFields(ONE_OFF, once.date().toString(), null, once.start().toString(),
				once.end().toString());
	}

	default Schedule toSchedule(ActivityDocument.ScheduleFields fields) {
		LocalTime start = LocalTime.parse(fields.start());
		LocalTime end = LocalTime.parse(fields.end());
		return WEEKLY.equals(fields.kind()) ? new Schedule.Weekly(DayOfWeek.valueOf(fields.dayOfWeek()), start, end)
				: new Schedule.OneOff(LocalDate.parse(fields.date()), start, end);
	}

}
