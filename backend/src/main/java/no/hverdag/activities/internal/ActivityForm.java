package no.hverdag.activities.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import no.hverdag.activities.Accessibility;
import no.hverdag.activities.ActivityDraft;
import no.hverdag.activities.ActivityTexts;
import no.hverdag.activities.ActivityType;
import no.hverdag.activities.Audience;
import no.hverdag.activities.BuildingType;
import no.hverdag.activities.ContactPerson;
import no.hverdag.activities.NorwegianLevel;
import no.hverdag.activities.Participation;
import no.hverdag.activities.Place;
import no.hverdag.activities.Schedule;
import no.hverdag.activities.SpokenLanguages;
import no.hverdag.activities.TextFormat;
import no.hverdag.shared.ContactPoint;
import no.hverdag.shared.HverdagException;
import no.hverdag.shared.HverdagException.FieldProblem;

/**
 * The "post activity" form, for pages and the API alike. Times are HH:mm, dates
 * yyyy-MM-dd. The text is written in {@code language}; a page adds one translation in the
 * flat {@code translation*} fields, the API any number in {@code translations}.
 * {@code scheduleKind} is ONE_OFF (on {@code date}), WEEKLY or BIWEEKLY (on {@code days},
 * from {@code date} until {@code lastDate}, except on {@code exceptions}).
 */
record ActivityForm(@NotNull ActivityType type, @Pattern(regexp = "[a-z]{2}") String language,
		@NotBlank @Size(max = 140) String title, @NotBlank @Size(max = 4000) String description, TextFormat format,
		@Pattern(regexp = "|[a-z]{2}") String translationLanguage, @Size(max = 140) String translationTitle,
		@Size(max = 4000) String translationDescription, @Size(max = 12) Map<String, @Valid TextInput> translations,
		@NotBlank @Pattern(regexp = "ONE_OFF|WEEKLY|BIWEEKLY") String scheduleKind, String date, List<DayOfWeek> days,
		String lastDate, @Size(max = 60) List<String> exceptions,
		@NotBlank @Pattern(regexp = "\\d{2}:\\d{2}") String start,
		@NotBlank @Pattern(regexp = "\\d{2}:\\d{2}") String end, @NotBlank @Size(max = 140) String placeName,
		@Size(max = 200) String address, @NotBlank @Pattern(regexp = "\\d{4}") String municipality,
		@Size(max = 80) String district, BuildingType buildingType, @DecimalMin("57.0") @DecimalMax("72.0") Double lat,
		@DecimalMin("3.0") @DecimalMax("32.0") Double lon,
		@Size(max = 12) List<@Pattern(regexp = "[a-z]{2}") String> languages, NorwegianLevel level, Audience audience,
		Boolean free, @Min(1) @Max(100_000) Integer priceNok, List<Accessibility> accessibility,
		@Min(1) @Max(10_000) Integer capacity, Boolean signUpRequired, @Size(max = 100) String contactName,
		@Size(max = 40) String contactPhone, @Size(max = 254) String contactEmail) {

	/**
	 * The languages the pages offer to pick (ISO 639-1); the API and the import take any
	 * ISO 639-1 code ({@link SpokenLanguages}).
	 */
	static final List<String> LANGUAGES = List.of("no", "en", "ar", "uk", "so", "ti", "fa", "pl", "ku", "ru");

	/** The languages a listing's text can be written in (bokmål and nynorsk apart). */
	static final List<String> TEXT_LANGUAGES = List.of("nb", "nn", "en", "ar", "uk", "so", "ti", "fa", "pl", "ku",
			"ru");

	/** One translation sent through the API. */
	record TextInput(@NotBlank @Size(max = 140) String title, @Size(max = 4000) String description) {
	}

	ActivityForm {
		languages = languages == null ? List.of() : languages.stream().filter(Objects::nonNull).toList();
		// An empty choice in a form arrives as a null element: it chooses nothing.
		days = days == null ? List.of() : days.stream().filter(Objects::nonNull).toList();
		exceptions = exceptions == null ? List.of() : exceptions.stream().filter(Objects::nonNull).toList();
		accessibility = accessibility == null ? List.of() : accessibility.stream().filter(Objects::nonNull).toList();
		translations = translations == null ? Map.of() : Map.copyOf(translations);
	}

	static ActivityForm empty(String municipality) {
		return new ActivityForm(null, "nb", "", "", TextFormat.PLAIN, "", "", "", Map.of(), "WEEKLY", "", List.of(), "",
				List.of(), "18:00", "20:00", "", "", municipality, "", BuildingType.OTHER, null, null, List.of("no"),
				NorwegianLevel.NONE, Audience.EVERYONE, true, null, List.of(), null, false, "", "", "");
	}

	/** Turns the form into a draft, or fails with every cross-field problem at once. */
	ActivityDraft toDraft() {
		List<FieldProblem> problems = new ArrayList<>();
		LocalTime startTime = time(this.start, "start", problems);
		LocalTime endTime = time(this.end, "end", problems);
		if (startTime != null && endTime != null && !endTime.isAfter(startTime)) {
			problems.add(new FieldProblem("end", "validation.end.afterStart"));
		}
		boolean once = "ONE_OFF".equals(this.scheduleKind);
		boolean biweekly = "BIWEEKLY".equals(this.scheduleKind);
		LocalDate day = date(this.date, "date", once || biweekly, problems);
		LocalDate last = once ? null : date(this.lastDate, "lastDate", false, problems);
		if (day != null && last != null && last.isBefore(day)) {
			problems.add(new FieldProblem("lastDate", "validation.lastDate.afterFirst"));
		}
		Set<LocalDate> skipped = new TreeSet<>();
		for (String exception : once ? List.<String>of() : this.exceptions) {
			if (exception != null && !exception.isBlank()) {
				LocalDate skip = date(exception.strip(), "exceptions", true, problems);
				if (skip != null) {
					skipped.add(skip);
				}
			}
		}
		if (!once && this.days.isEmpty()) {
			problems.add(new FieldProblem("days", "validation.days"));
		}
		if (this.languages.isEmpty()) {
			problems.add(new FieldProblem("languages", "validation.languages"));
		}
		else if (!this.languages.stream().allMatch(SpokenLanguages::known)) {
			problems.add(new FieldProblem("languages", "validation.languages.unknown"));
		}
		ActivityTexts texts = texts(problems);
		ContactPerson contact = contact(problems);
		if (!problems.isEmpty()) {
			throw new HverdagException.InvalidInput(problems);
		}
		Schedule schedule = once ? new Schedule.OneOff(day, startTime, endTime) : new Schedule.Recurring(
				EnumSet.copyOf(this.days), biweekly ? 2 : 1, day, last, skipped, startTime, endTime);
		boolean isFree = Boolean.TRUE.equals(this.free);
		return new ActivityDraft(this.type, texts, this.format == null ? TextFormat.PLAIN : this.format, schedule,
				new Place(this.placeName.strip(), blankToNull(this.address), this.municipality,
						blankToNull(this.district), this.buildingType, this.lat, this.lon),
				this.languages.stream().map(code -> SpokenLanguages.normalise(code).orElseThrow()).distinct().toList(),
				this.level, this.audience, isFree, isFree ? null : this.priceNok,
				this.accessibility.isEmpty() ? Set.of() : EnumSet.copyOf(this.accessibility),
				new Participation(this.capacity, Boolean.TRUE.equals(this.signUpRequired)), contact);
	}

	private ActivityTexts texts(List<FieldProblem> problems) {
		String original = this.language == null || this.language.isBlank() ? "nb" : this.language;
		if (!TEXT_LANGUAGES.contains(original)) {
			problems.add(new FieldProblem("language", "validation.textLanguage"));
			return null;
		}
		Map<String, ActivityTexts.Text> versions = new LinkedHashMap<>();
		versions.put(original, new ActivityTexts.Text(this.title.strip(), this.description.strip()));
		if (this.translationLanguage != null && !this.translationLanguage.isBlank()) {
			if (!TEXT_LANGUAGES.contains(this.translationLanguage) || this.translationLanguage.equals(original)) {
				problems.add(new FieldProblem("translationLanguage", "validation.textLanguage"));
			}
			else if (this.translationTitle == null || this.translationTitle.isBlank()) {
				problems.add(new FieldProblem("translationTitle", "validation.translationTitle"));
			}
			else {
				versions.put(this.translationLanguage, new ActivityTexts.Text(this.translationTitle.strip(),
						this.translationDescription == null ? "" : this.translationDescription.strip()));
			}
		}
		this.translations.forEach((lang, text) -> {
			if (!TEXT_LANGUAGES.contains(lang) || lang.equals(original)) {
				problems.add(new FieldProblem("translations", "validation.textLanguage"));
			}
			else {
				versions.put(lang, new ActivityTexts.Text(text.title().strip(),
						text.description() == null ? "" : text.description().strip()));
			}
		});
		return new ActivityTexts(original, versions);
	}

	private ContactPerson contact(List<FieldProblem> problems) {
		String name = blankToNull(this.contactName);
		String phone = blankToNull(this.contactPhone);
		String email = blankToNull(this.contactEmail);
		if (phone != null && ContactPoint.parse(phone).filter(point -> !point.isEmail()).isEmpty()) {
			problems.add(new FieldProblem("contactPhone", "validation.phone"));
		}
		if (email != null && ContactPoint.parse(email).filter(ContactPoint::isEmail).isEmpty()) {
			problems.add(new FieldProblem("contactEmail", "validation.email"));
		}
		if (name == null && phone == null && email == null) {
			return null;
		}
		return new ContactPerson(name, phone, email);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static LocalDate date(String value, String field, boolean required, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.add(new FieldProblem(field, "validation.date"));
			}
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem(field, "validation.date"));
			return null;
		}
	}

	private static LocalTime time(String value, String field, List<FieldProblem> problems) {
		try {
			return LocalTime.parse(value);
		}
		catch (DateTimeParseException | NullPointerException ex) {
			problems.add(new FieldProblem(field, "validation.time"));
			return null;
		}
	}

}
