package no.hverdag.humanlibrary.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

import no.hverdag.humanlibrary.Library;
import no.hverdag.humanlibrary.PersonToBorrow;
import no.hverdag.humanlibrary.Slot;
import no.hverdag.shared.mapping.HverdagMapperConfig;

import org.mapstruct.Mapper;

@Mapper(config = HverdagMapperConfig.class)
interface HumanLibraryMapper {

	Library toDomain(LibraryDocument document);

	LibraryDocument toDocument(Library library);

	PersonToBorrow toDomain(PersonToBorrowDocument document);

	PersonToBorrowDocument toDocument(PersonToBorrow person);

	Slot toDomain(SlotDocument document);

	HumanLibraryApi.LibraryResponse toResponse(Library library);

	HumanLibraryApi.SlotResponse toResponse(Slot slot);

	default LocalDate day(String value) {
		return LocalDate.parse(value);
	}

	default String day(LocalDate value) {
		return value.toString();
	}

	default LocalTime time(String value) {
		return LocalTime.parse(value);
	}

	default String time(LocalTime value) {
		return value.toString();
	}

	default DayOfWeek dayOfWeek(String value) {
		return DayOfWeek.valueOf(value);
	}

	default String dayOfWeek(DayOfWeek value) {
		return value.name();
	}

}
